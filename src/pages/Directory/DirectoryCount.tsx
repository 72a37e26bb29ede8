// How many of the directory's entries are shown, the empty state when none are, and the link that clears the
// filters (in the empty state, and below the lists when filtered).
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type Clear = (event: MouseEvent<HTMLAnchorElement>) => void;

/** "12 van 68 getoond": a polite live region, so a screen reader hears the new count after a change. */
export function DirectoryCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('directory');
  return (
    <p className="utrecht-paragraph ww-directory__count" aria-live="polite" aria-atomic="true">
      {t('count', { shown, total })}
    </p>
  );
}

/** Nothing matches: say so and offer to clear the filters. Nothing when something is shown. */
export function DirectoryEmpty({ shown, href, onClear }: { shown: number; href: string; onClear: Clear }) {
  const { t } = useTranslation('directory');
  if (shown !== 0) return null;
  return (
    <div className="ww-directory__empty">
      <h2 className="utrecht-heading-2">{t('empty.title')}</h2>
      <p className="utrecht-paragraph">{t('empty.text')}</p>
      <ClearLink href={href} onClear={onClear} />
    </div>
  );
}

/** The link to the unfiltered page; with JavaScript it clears the filters without a page load. */
export function ClearLink({ href, onClear }: { href: string; onClear: Clear }) {
  const { t } = useTranslation('directory');
  return (
    <p className="utrecht-paragraph">
      <a className="utrecht-link ww-link-target" href={href} onClick={onClear}>
        {t('empty.clear')}
      </a>
    </p>
  );
}
