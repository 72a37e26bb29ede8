import { useTranslation } from 'react-i18next';
import { REPORT_EMAIL } from '../../app/config';

export function Accessibility({ reportEmail = REPORT_EMAIL }: { reportEmail?: string }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('accessibility.title')}
      </h1>
      <p className="utrecht-paragraph">{t('accessibility.p1')}</p>
      <p className="utrecht-paragraph">{t('accessibility.p2')}</p>
      {reportEmail && (
        <p className="utrecht-paragraph">
          {t('accessibility.p3')}{' '}
          <a className="utrecht-link" href={`mailto:${reportEmail}`}>
            {reportEmail}
          </a>
        </p>
      )}
    </>
  );
}
