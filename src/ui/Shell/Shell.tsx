// The frame of every page: skip link, quick exit, service name, language switch, emergency line, footer.
// The page head is compact, so that on a phone a result's call button still lies on the first screen:
// the quick exit (sticky: it stays on screen while the page scrolls), one row with the service name and the
// language switch, one row with 112 and the police. See Shell.css for how the exit sits in the head.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, wizardUrl, type Language } from '../../app/flow';
import { inLanguage, type Route } from '../../app/routes';
import { EmergencyBar } from '../EmergencyBar/EmergencyBar';
import { ExitThisPage } from '../ExitThisPage/ExitThisPage';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { SiteFooter } from '../SiteFooter/SiteFooter';
import { useUrlQuery } from '../../pages/Directory/url-query';
import './Shell.css';

export function Shell({ lang, route, children }: { lang: Language; route: Route; children: ReactNode }) {
  const { t } = useTranslation('ui');
  // The directory's filter is part of the place: switching language keeps it (the names are the same in every
  // language).
  const query = useUrlQuery();
  const keep = route.page === 'directory' ? query : '';
  return (
    <div className="utrecht-page ww-shell">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('skipLink')}
      </a>
      {/* Before the header and outside it: a sticky element sticks only within its parent, and the header
          ends after one row. First in the tab order after the skip link. */}
      <div className="ww-shell__exit">
        <div className="ww-shell__exit-inner">
          <ExitThisPage />
        </div>
      </div>
      <header className="utrecht-page-header ww-shell__header">
        <div className="ww-shell__bar">
          <a className="utrecht-link ww-shell__name" href={wizardUrl(lang, [])} aria-label={t('service.home')}>
            {t('service.name')}
          </a>
          <LanguageSwitch
            current={lang}
            links={LANGUAGES.map((l) => ({ lang: l, href: inLanguage(route, l) + keep }))}
          />
        </div>
      </header>
      <EmergencyBar />
      <main id="main" className="utrecht-page-content ww-shell__main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter lang={lang} />
    </div>
  );
}
