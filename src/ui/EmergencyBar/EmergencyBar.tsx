// On every page, above everything: acute danger is one tap away, before any question.
import { useTranslation } from 'react-i18next';
import { EMERGENCY_NUMBER, POLICE_NUMBER } from '../../app/config';
import { telHref } from '../tel';
import './EmergencyBar.css';

export function EmergencyBar() {
  const { t } = useTranslation('ui');
  return (
    <aside className="ww-emergency-bar" aria-label={t('emergency.label')}>
      <div className="ww-emergency-bar__inner">
        <p className="ww-emergency-bar__line ww-emergency-bar__line--danger">
          {t('emergency.danger')}{' '}
          <a className="utrecht-link utrecht-link--telephone ww-emergency-bar__call" href={telHref(EMERGENCY_NUMBER)}>
            {t('emergency.dangerCall', { number: EMERGENCY_NUMBER })}
          </a>
        </p>
        <p className="ww-emergency-bar__line">
          {t('emergency.urgent')}{' '}
          <a className="utrecht-link utrecht-link--telephone" href={telHref(POLICE_NUMBER)}>
            {t('emergency.urgentCall', { number: POLICE_NUMBER })}
          </a>
        </p>
      </div>
    </aside>
  );
}
