// Safety before suggestions: for words of acute danger the sourced 112 and police numbers (the emergency bar's),
// for time pressure the urgent questions.
import { useTranslation } from 'react-i18next';
import hotlines from 'virtual:wegwijzer/hotlines';
import { telHref } from '../../content/phone';
import type { Alarm } from '../../search/alarm';

export function DescribeAlarm({
  alarm,
  todayHref,
}: {
  alarm: Alarm | undefined;
  todayHref: string | null | undefined;
}) {
  const { t } = useTranslation('ui');
  if (alarm === 'danger') {
    return (
      <div className="ww-describe__alarm">
        <p className="utrecht-paragraph">
          <strong>{t('emergency.danger')}</strong>{' '}
          <a className="utrecht-link utrecht-link--telephone" href={telHref(hotlines.emergency.number)}>
            {t('emergency.dangerCall', { number: hotlines.emergency.number })}
          </a>
        </p>
        <p className="utrecht-paragraph">
          {t('emergency.urgent')}{' '}
          <a className="utrecht-link utrecht-link--telephone" href={telHref(hotlines.police.number)}>
            {t('emergency.urgentCall', { number: hotlines.police.number })}
          </a>
        </p>
      </div>
    );
  }
  if (alarm === 'today' && todayHref) {
    return (
      <p className="utrecht-paragraph ww-describe__alarm">
        {t('describe.today')}{' '}
        <a className="utrecht-link" href={todayHref}>
          {t('describe.todayLink')}
        </a>
      </p>
    );
  }
  return null;
}
