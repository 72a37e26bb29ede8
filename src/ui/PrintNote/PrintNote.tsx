// On paper only: the page's address and the day it was printed, so a referral printout can be traced back
// and its hours read as "as of that day". Both come from the browser (the server knows neither the reader's
// day nor, behind a proxy, the address), so the note appears once JavaScript runs; without it the browser's
// own print header and footer carry the address and date.
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../content/dates';
import { useHydrated } from '../useHydrated';
import './PrintNote.css';

/** The reader's calendar day as the flow data writes dates ("2026-11-30"), without Intl (see dates.ts). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function PrintNote({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation('ui');
  const { t: tc } = useTranslation('contact');
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const date = formatCalendarDate(localDay(now()), tc) ?? '';
  return (
    <p className="utrecht-paragraph ww-print-note">{t('result.printedFrom', { date, url: window.location.href })}</p>
  );
}
