// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { AnswerOptions } from '../../../../src/ui/AnswerOptions/AnswerOptions';

describe('AnswerOptions', () => {
  it('renders each option as one link to its next URL, labelled by the question', async () => {
    const t = await makeI18n(loadFlowDir().texts, 'nl');
    render(
      withI18n(
        t.i18n,
        <>
          <h1 id="q">Vraag</h1>
          <AnswerOptions
            labelledBy="q"
            options={[
              {
                id: 'direct-gevaar',
                label: 'questions.urgentie.options.direct-gevaar.label',
                href: '/nl/wegwijzer/direct-gevaar/',
              },
              {
                id: 'niet-dringend',
                label: 'questions.urgentie.options.niet-dringend.label',
                href: '/nl/wegwijzer/niet-dringend/',
              },
            ]}
          />
        </>,
      ),
    );
    const list = screen.getByRole('list', { name: 'Vraag' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Er is nu direct gevaar', '/nl/wegwijzer/direct-gevaar/'],
      ['Het is niet dringend', '/nl/wegwijzer/niet-dringend/'],
    ]);
    expect(t.missing).toEqual([]);
  });
});
