// "Open now / closed now" for a contact's opening hours. The server's HTML and the first render in the browser
// show an empty status line (so hydration matches, and a printed or cached page never claims a stale "open
// now"); the page's own early script (early.ts) fills it from data in the page as soon as it runs, and once
// the app has taken over this component computes the state from the current time in Europe/Amsterdam and
// refreshes it every minute. What to do when the line is closed comes from the flow data (`whenClosed`),
// passed in as `fallback`, never from a rule here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../content/dates';
import { DUTCH_HOLIDAYS, type HolidayCalendar } from '../../content/holidays';
import { localTime, openingState, type HoursLike, type OpeningState } from '../../content/opening-hours';
import type { KeyedFlow } from '../../flow/texts';
import { FallbackContact } from './FallbackContact';
import './OpenNow.css';

type KeyedContact = KeyedFlow['contacts'][string];

export interface OpenNowProps {
  hours: HoursLike;
  /** The line to turn to when this one is closed: the end of its `whenClosed` chain (src/flow/fallback.ts). */
  fallback?: KeyedContact;
  /**
   * On an urgent page that shows the fallback's own call button: its name, for a status line that says so
   * ("Nu gesloten — bel nu Politie (geen spoed).") instead of naming the fallback again below.
   */
  closedCall?: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  holidays?: HolidayCalendar;
}

const REFRESH_MS = 60_000;
const systemClock = () => new Date();

interface Computed {
  state: OpeningState;
  /** The holiday today, when that is why it is closed. */
  holiday?: { nl: string; en: string };
}

/**
 * Whether the line is open now, from the clock in Europe/Amsterdam, refreshed every minute; null until the app
 * has read the clock (the server's HTML and the first render in the browser know no time).
 */
export function useOpeningState(
  hours: HoursLike | undefined,
  now: () => Date = systemClock,
  holidays: HolidayCalendar = DUTCH_HOLIDAYS,
): Computed | null {
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (!hours) return;
    const update = () => {
      const instant = now();
      const state = openingState(hours, instant, holidays);
      const holiday = state.reason === 'closed-holiday' ? holidays.get(localTime(instant).date)?.name : undefined;
      setComputed((previous) =>
        previous && JSON.stringify(previous) === JSON.stringify({ state, holiday }) ? previous : { state, holiday },
      );
    };
    update();
    const timer = setInterval(update, REFRESH_MS);
    return () => clearInterval(timer);
  }, [hours, now, holidays]);
  return computed;
}

export function OpenNow({ hours, fallback, closedCall, now = systemClock, holidays = DUTCH_HOLIDAYS }: OpenNowProps) {
  const { t, i18n } = useTranslation('contact');
  const computed = useOpeningState(hours, now, holidays);

  // Not a live region while the page loads: the status is part of the card, read where it stands, and a
  // directory full of cards announcing themselves at once would drown the page. It becomes one (a render
  // after the first computed state, so filling it is not announced) for later changes, like closing time.
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (computed) setLive(true);
  }, [computed]);

  // Before the clock is read (the server's HTML, the first render in the browser) the status line is there but
  // empty: its room is kept (OpenNow.css), so the text arriving does not push the page down (layout shift).
  // The early script may have written into it by the time the app hydrates: the empty string child (not
  // none) and suppressHydrationWarning let React take the paragraph over as it is, then write its own text.
  if (!computed) {
    return (
      <div className="wegwijzer-open-now">
        <p className="utrecht-paragraph wegwijzer-open-now__status" suppressHydrationWarning>
          {''}
        </p>
      </div>
    );
  }
  const { state, holiday } = computed;
  const lang = i18n.resolvedLanguage ?? i18n.language;

  let message: string;
  if (state.open) {
    message = state.closesAt ? t('openNow.openUntil', { time: state.closesAt }) : t('openNow.open');
  } else {
    const holidayName = holiday ? (lang === 'en' ? holiday.en : holiday.nl) : undefined;
    const closed = holidayName ? t('openNow.closedHoliday', { holiday: holidayName }) : t('openNow.closed');
    const next = state.opensNext;
    if (closedCall) message = t('openNow.closedCall', { closed, name: closedCall });
    else if (!next) message = t('openNow.closedNoNext', { closed });
    else if (next.when === 'today') message = t('openNow.opensToday', { closed, time: next.time });
    else if (next.when === 'tomorrow') message = t('openNow.opensTomorrow', { closed, time: next.time });
    else {
      const date = formatDayMonth(next.date, t);
      message = t('openNow.opensLater', { closed, time: next.time, weekday: t(`days.${next.weekday}`), date });
    }
  }

  return (
    <div className="wegwijzer-open-now">
      <p
        role={live ? 'status' : undefined}
        suppressHydrationWarning
        className={
          'utrecht-paragraph wegwijzer-open-now__status ' +
          `wegwijzer-open-now__status--${state.open ? 'open' : 'closed'}`
        }
      >
        {message}
      </p>
      {!state.open && fallback ? <FallbackContact contact={fallback} textKey="openNow.fallback" /> : null}
    </div>
  );
}
