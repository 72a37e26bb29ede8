import { useTranslation } from 'react-i18next';

export function About() {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p className="utrecht-paragraph">{t('about.p1')}</p>
      <p className="utrecht-paragraph">{t('about.p2')}</p>
      <p className="utrecht-paragraph">{t('about.p3')}</p>
    </>
  );
}
