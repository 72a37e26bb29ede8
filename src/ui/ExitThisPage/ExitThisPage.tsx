// Quick exit, after GOV.UK's "Exit this page": a real link to a neutral site (works without JavaScript).
// What it does with JavaScript (a click, or Shift pressed three times: leave through location.replace) is in
// quick-exit.ts, which the page's own script (src/app/boot.ts) installs before the app has loaded.
import { useTranslation } from 'react-i18next';
import { EXIT_URL } from '../../app/config';
import { EXIT_LINK_CLASS } from './quick-exit';
import './ExitThisPage.css';

export function ExitThisPage() {
  const { t } = useTranslation('ui');
  return (
    <div className="ww-exit">
      <a
        className={`utrecht-button utrecht-button--primary-action ${EXIT_LINK_CLASS}`}
        href={EXIT_URL}
        rel="nofollow noreferrer"
        aria-describedby="ww-exit-hint"
      >
        {t('exit.link')}
      </a>
      <span id="ww-exit-hint" className="ww-exit__hint">
        {t('exit.hint')}
      </span>
    </div>
  );
}
