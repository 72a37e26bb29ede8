// On a contact's card: the wizard results that lead to it ("you get here through"), each linked to its first path.
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import type { RouteLink } from '../../flow/routes-to-contacts';

export function ResultLinks({ links }: { links: RouteLink[] }) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  // Results with the same title (the same advice for different roles) are listed once, by their first path.
  const titles = new Set<string>();
  const unique = links
    .map((l) => ({ ...l, text: tf(l.title) }))
    .filter((l) => !titles.has(l.text) && titles.add(l.text));
  if (unique.length === 0) return null;
  return (
    <div className="ww-directory__routes">
      <p className="utrecht-paragraph ww-directory__routes-label">{t('routes.label')}</p>
      <ul className="ww-directory__routes-list">
        {unique.map((l) => (
          <li key={l.id}>
            <a className="utrecht-link ww-link-target" href={l.href}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
