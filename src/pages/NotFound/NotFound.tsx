// A bad or outdated link: say so plainly and offer a fresh start (the server sends it with status 404).
// Its content does not depend on the URL, so /404.html hydrates on any unknown address.
import { useTranslation } from 'react-i18next';
import { wizardUrl, type Language } from '../../app/flow';
import hotlines from 'virtual:wegwijzer/hotlines';
import { telHref } from '../../content/phone';

export function NotFound({ lang }: { lang: Language }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p className="utrecht-paragraph">{t('notFound.text')}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-button utrecht-button--primary-action ww-button-link" href={wizardUrl(lang, [])}>
          {t('notFound.startAgain')}
        </a>
      </p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link ww-link-target" href={telHref(hotlines.emergency.number)}>
          {t('notFound.emergency')}
        </a>
      </p>
    </>
  );
}
