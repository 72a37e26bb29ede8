// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT_URL } from '../../app/config';
import { loadFlowDir, makeI18n, withI18n, type TestI18n } from '../../../tests/fixtures/wizard/harness';
import { ExitThisPage } from './ExitThisPage';

let t: TestI18n;
beforeAll(async () => {
  t = await makeI18n(loadFlowDir().texts, 'nl');
});

describe('ExitThisPage', () => {
  it('is a real link to a neutral site, so it works without JavaScript', () => {
    render(withI18n(t.i18n, <ExitThisPage onExit={() => {}} />));
    expect(screen.getByRole('link', { name: 'Snel weg' })).toHaveAttribute('href', EXIT_URL);
  });

  it('with JavaScript, a click leaves through location.replace (onExit) instead of a new history entry', () => {
    const onExit = vi.fn();
    render(withI18n(t.i18n, <ExitThisPage onExit={onExit} />));
    const link = screen.getByRole('link', { name: 'Snel weg' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves when Shift is pressed three times, not twice, and not with another key in between', () => {
    const onExit = vi.fn();
    render(withI18n(t.i18n, <ExitThisPage onExit={onExit} />));
    const shift = () => fireEvent.keyDown(document, { key: 'Shift' });
    shift();
    shift();
    fireEvent.keyDown(document, { key: 'a' });
    shift();
    expect(onExit).not.toHaveBeenCalled();
    shift();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('describes the Shift shortcut', () => {
    render(withI18n(t.i18n, <ExitThisPage onExit={() => {}} />));
    expect(screen.getByRole('link', { name: 'Snel weg' })).toHaveAccessibleDescription(/3 keer op Shift/);
  });
});
