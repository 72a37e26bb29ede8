// On every page, above everything: acute danger is one tap away, before any question.
import { useTranslation } from 'react-i18next';
import hotlines from 'virtual:wegwijzer/hotlines';
import { telHref } from '../../content/phone';
import './EmergencyBar.css';

export function EmergencyBar() {
  const { t } = useTranslation('ui');
  const { emergency, police } = hotlines;
  return (
    <aside className="ww-emergency-bar" aria-label={t('emergency.label')}>
      <div className="ww-emergency-bar__inner">
        <p className="ww-emergency-bar__line ww-emergency-bar__line--danger">
          {t('emergency.danger')}{' '}
          <a className="utrecht-link utrecht-link--telephone ww-emergency-bar__call" href={telHref(emergency.number)}>
            {t('emergency.dangerCall', { number: emergency.number })}
          </a>
        </p>
        <p className="ww-emergency-bar__line">
          {t('emergency.urgent')}{' '}
          <a className="utrecht-link utrecht-link--telephone" href={telHref(police.number)}>
            {t('emergency.urgentCall', { number: police.number })}
          </a>
        </p>
      </div>
    </aside>
  );
}
