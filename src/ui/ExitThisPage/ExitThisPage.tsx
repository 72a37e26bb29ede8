// Quick exit, after GOV.UK's "Exit this page": a real link to a neutral site (works without JavaScript);
// with JavaScript it replaces this history entry, so Back does not return here, and Shift pressed three
// times in a row does the same from anywhere on the page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EXIT_URL } from '../../app/config';
import './ExitThisPage.css';

/** Three Shift presses within this many milliseconds leave the page. */
export const SHIFT_WINDOW_MS = 5000;

export function exitPage(): void {
  // Hide the page at once: the next site may take a moment to load.
  document.body.classList.add('ww-exiting');
  window.location.replace(EXIT_URL);
}

export function ExitThisPage({ onExit = exitPage }: { onExit?: () => void }) {
  const { t } = useTranslation('ui');

  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = [];
        return;
      }
      if (event.repeat) return;
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) {
        presses = [];
        onExit();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);

  return (
    <div className="ww-exit">
      <a
        className="utrecht-button utrecht-button--primary-action ww-exit__link"
        href={EXIT_URL}
        rel="nofollow noreferrer"
        aria-describedby="ww-exit-hint"
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          onExit();
        }}
      >
        {t('exit.link')}
      </a>
      <span id="ww-exit-hint" className="ww-exit__hint">
        {t('exit.hint')}
      </span>
    </div>
  );
}
