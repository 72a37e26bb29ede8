import { useTranslation } from 'react-i18next';
import { directoryPath, pathFor } from '../../app/routes';
import type { Language } from '../../app/flow';
import './SiteFooter.css';

export function SiteFooter({ lang }: { lang: Language }) {
  const { t } = useTranslation('ui');
  const links = [
    { href: pathFor({ page: 'about', lang }), text: t('footer.about') },
    { href: pathFor({ page: 'privacy', lang }), text: t('footer.privacy') },
    { href: pathFor({ page: 'accessibility', lang }), text: t('footer.accessibility') },
    { href: pathFor({ page: 'sources', lang }), text: t('footer.sources') },
    { href: directoryPath(lang), text: t('footer.directory') },
    { href: pathFor({ page: 'routemap', lang }), text: t('footer.routemap') },
  ];
  return (
    <footer className="utrecht-page-footer ww-site-footer">
      <nav className="ww-site-footer__content" aria-label={t('footer.label')}>
        <ul className="ww-site-footer__list">
          {links.map((l) => (
            <li key={l.href}>
              <a className="utrecht-link ww-site-footer__link" href={l.href}>
                {l.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
