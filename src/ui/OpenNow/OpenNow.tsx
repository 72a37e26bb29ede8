// "Open now / closed now" for a contact's opening hours. Only with JavaScript: the server's HTML and the
// first render in the browser show nothing (so hydration matches and a printed or cached page never claims a
// stale "open now"); after mounting, the state is computed from the current time in Europe/Amsterdam and
// refreshed every minute. What to do when the line is closed comes from the flow data (`whenClosed`), passed
// in as `fallback`, never from a rule here.
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
  /** The contact to turn to when this one is closed (the flow's `whenClosed`). */
  fallback?: KeyedContact;
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

export function OpenNow({ hours, fallback, now = systemClock, holidays = DUTCH_HOLIDAYS }: OpenNowProps) {
  const { t, i18n } = useTranslation('contact');
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
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

  // Before the clock is read (the server's HTML, the first render in the browser) the status line is there but
  // empty: its room is kept (OpenNow.css), so the text arriving does not push the page down (layout shift),
  // and the live region exists before it changes, so screen readers announce the status.
  if (!computed) {
    return (
      <div className="wegwijzer-open-now">
        <p role="status" className="utrecht-paragraph wegwijzer-open-now__status" />
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
    if (!next) message = t('openNow.closedNoNext', { closed });
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
        role="status"
        className={`utrecht-paragraph wegwijzer-open-now__status wegwijzer-open-now__status--${state.open ? 'open' : 'closed'}`}
      >
        {message}
      </p>
      {!state.open && fallback ? <FallbackContact contact={fallback} textKey="openNow.fallback" /> : null}
    </div>
  );
}
