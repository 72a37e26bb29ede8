// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT_URL } from '../../../../src/app/config';
import { loadFlowDir, makeI18n, withI18n, type TestI18n } from '../../../fixtures/wizard/harness';
import { ExitThisPage } from '../../../../src/ui/ExitThisPage/ExitThisPage';
import { installQuickExit } from '../../../../src/ui/ExitThisPage/quick-exit';

let t: TestI18n;
beforeAll(async () => {
  t = await makeI18n(loadFlowDir().texts, 'nl');
});
let uninstall = () => {};
afterEach(() => uninstall());

/** The exit link as the page shows it, with the quick exit installed as boot.ts does (onExit recorded). */
function setUp() {
  const onExit = vi.fn();
  render(withI18n(t.i18n, <ExitThisPage />));
  uninstall = installQuickExit(document, onExit);
  return { onExit, link: screen.getByRole('link', { name: 'Verlaat deze pagina' }) };
}

describe('ExitThisPage', () => {
  it('is a real link to a neutral site, so it works without JavaScript', () => {
    render(withI18n(t.i18n, <ExitThisPage />));
    expect(screen.getByRole('link', { name: 'Verlaat deze pagina' })).toHaveAttribute('href', EXIT_URL);
  });

  it('with JavaScript, a click leaves through location.replace (onExit) instead of a new history entry', () => {
    const { onExit, link } = setUp();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves a click with a modifier key to the browser (open in a new tab)', () => {
    const { onExit, link } = setUp();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    link.dispatchEvent(click);
    expect(onExit).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });

  it('leaves when Shift is pressed three times, not twice, and not with another key in between', () => {
    const { onExit } = setUp();
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

  it('ignores a held-down Shift (key repeat)', () => {
    const { onExit } = setUp();
    fireEvent.keyDown(document, { key: 'Shift' });
    fireEvent.keyDown(document, { key: 'Shift', repeat: true });
    fireEvent.keyDown(document, { key: 'Shift', repeat: true });
    expect(onExit).not.toHaveBeenCalled();
  });

  it('describes the Shift shortcut', () => {
    render(withI18n(t.i18n, <ExitThisPage />));
    expect(screen.getByRole('link', { name: 'Verlaat deze pagina' })).toHaveAccessibleDescription(/3 keer op Shift/);
  });
});
