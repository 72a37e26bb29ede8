// The same page in each language: each language's name in itself (an endonym needs no translation) with
// its own lang attribute, the current one marked.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Language } from '../../app/flow';
import './LanguageSwitch.css';

export function LanguageSwitch({ current, links }: { current: Language; links: { lang: Language; href: string }[] }) {
  const { t } = useTranslation('ui');
  return (
    <nav className="ww-language-switch" aria-label={t('language.label')}>
      <ul className="ww-language-switch__list">
        {links.map(({ lang, href }) => (
          <li key={lang}>
            <a
              className="utrecht-link ww-language-switch__link"
              href={href}
              hrefLang={lang}
              lang={lang}
              aria-current={lang === current ? 'page' : undefined}
            >
              {LANGUAGE_NAMES[lang][lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
