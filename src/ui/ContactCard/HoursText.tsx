// The opening hours in words ("maandag tot en met vrijdag: 09:00 tot 17:00 uur"), and whether the line is open
// on public holidays; a line open day and night says so in one sentence.
import { useTranslation } from 'react-i18next';
import { groupHours, isAlwaysOpen, type HoursLike } from '../../content/opening-hours';

export function HoursText({ hours }: { hours: HoursLike }) {
  const { t } = useTranslation('contact');
  if (isAlwaysOpen(hours))
    return <p className="utrecht-paragraph wegwijzer-contact-card__hours-text">{t('hours.alwaysOpen')}</p>;
  const lines = groupHours(hours).map((line) => {
    const days =
      line.firstDay === line.lastDay
        ? t('hours.oneDay', { day: t(`days.${line.firstDay}`) })
        : t('hours.dayRange', { first: t(`days.${line.firstDay}`), last: t(`days.${line.lastDay}`) });
    const times = line.ranges.map((r) => t('hours.range', { from: r.from, to: r.to })).join(t('hours.rangeSeparator'));
    return { key: line.firstDay, text: t('hours.line', { days, times }) };
  });
  return (
    <>
      <ul className="utrecht-unordered-list wegwijzer-contact-card__hours">
        {lines.map((line) => (
          <li key={line.key} className="utrecht-unordered-list__item">
            {line.text}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph wegwijzer-contact-card__hours-text">
        {hours.publicHolidays === 'open' ? t('hours.holidaysOpen') : t('hours.holidaysClosed')}
      </p>
    </>
  );
}
