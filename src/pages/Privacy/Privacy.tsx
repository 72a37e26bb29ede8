// Honest about what stays behind: no cookies, but the browser's history holds every page, and the service
// worker's cache holds the site and the pages visited (for use offline), until the reader clears it.
import { useTranslation } from 'react-i18next';

export function Privacy() {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p className="utrecht-paragraph">{t('privacy.p1')}</p>
      <p className="utrecht-paragraph">{t('privacy.p2')}</p>
      <h2 className="utrecht-heading-2">{t('privacy.historyTitle')}</h2>
      <p className="utrecht-paragraph">{t('privacy.p3')}</p>
      <p className="utrecht-paragraph">{t('privacy.p4')}</p>
      <h2 className="utrecht-heading-2">{t('privacy.offlineTitle')}</h2>
      <p className="utrecht-paragraph">{t('privacy.p5')}</p>
    </>
  );
}
