// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { AnswerList } from '../../../../src/ui/AnswerList/AnswerList';

const texts = loadFlowDir().texts;

describe('AnswerList', () => {
  it('lists each answer under its question with a Change link', async () => {
    const t = await makeI18n(texts, 'nl');
    render(
      withI18n(
        t.i18n,
        <AnswerList
          answers={[
            {
              question: 'questions.urgentie.text',
              answer: 'questions.urgentie.options.niet-dringend.label',
              changeHref: '/nl/',
            },
          ]}
        />,
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Uw antwoorden' })).toBeInTheDocument();
    expect(screen.getByRole('term')).toHaveTextContent('Hoe dringend is het?');
    expect(screen.getByText('Het is niet dringend')).toBeInTheDocument();
    const change = screen.getByRole('link', { name: 'Wijzig uw antwoord op: Hoe dringend is het?' });
    expect(change).toHaveAttribute('href', '/nl/');
    expect(change).toHaveTextContent('Wijzig');
  });

  it('renders nothing before the first answer', async () => {
    const t = await makeI18n(texts, 'nl');
    const { container } = render(withI18n(t.i18n, <AnswerList answers={[]} />));
    expect(container).toBeEmptyDOMElement();
  });
});
