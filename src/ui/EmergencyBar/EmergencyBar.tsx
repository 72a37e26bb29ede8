// On every page, in the page head: acute danger is one tap away, before any question. One row, so that on a
// phone the advice and its call button still fit the first screen: "Direct gevaar? Bel 112 · Politie: 0900 8844".
// The fuller wording ("Dringend, maar geen direct gevaar? Bel de politie") is in the describe-it search,
// which has the room.
import { useTranslation } from 'react-i18next';
import hotlines from 'virtual:wegwijzer/hotlines';
import { telHref } from '../../content/phone';
import './EmergencyBar.css';

export function EmergencyBar() {
  const { t } = useTranslation('ui');
  const { emergency, police } = hotlines;
  return (
    <aside className="ww-emergency-bar" aria-label={t('emergency.label')}>
      <p className="ww-emergency-bar__inner">
        <span className="ww-emergency-bar__line ww-emergency-bar__line--danger">
          {t('emergency.danger')}{' '}
          <a className="utrecht-link utrecht-link--telephone ww-emergency-bar__call" href={telHref(emergency.number)}>
            {t('emergency.dangerCall', { number: emergency.number })}
          </a>
        </span>{' '}
        <span className="ww-emergency-bar__line">
          <a className="utrecht-link utrecht-link--telephone" href={telHref(police.number)}>
            {t('emergency.police', { number: police.number })}
          </a>
        </span>
      </p>
    </aside>
  );
}
