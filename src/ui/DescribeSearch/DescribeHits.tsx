// The two lists of hits: result pages (always in the page once rendered, linked with ?via=zoeken) and, below
// them when there are any, directory entries.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../search/documents';
import { VIA_SEARCH } from './via';

type Hit = SearchHit & { id: string };

/** Up to three result pages; `id` is the list's, named by the field's aria-controls. */
export function ResultHits({ id, hits }: { id: string; hits: Hit[] }) {
  const { t } = useTranslation('ui');
  return (
    <ul id={id} className="ww-describe__hits" aria-label={t('describe.hits')}>
      {hits.map((h) => (
        <li key={h.id} className="ww-describe__hit">
          <a className="utrecht-link ww-describe__link" href={`${h.href}?${VIA_SEARCH}`}>
            {h.title}
          </a>
          <span className="ww-describe__contact">{h.contact}</span>
          <span className="ww-describe__line">{h.line}</span>
        </li>
      ))}
    </ul>
  );
}

/** Up to three directory entries, under their own heading; nothing when there are none. */
export function DirectoryHits({ entries }: { entries: Hit[] }) {
  const { t } = useTranslation('ui');
  if (entries.length === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3 ww-describe__more">{t('describe.directory')}</h3>
      <ul className="ww-describe__hits ww-describe__hits--directory">
        {entries.map((h) => (
          <li key={h.id} className="ww-describe__hit">
            <a className="utrecht-link ww-describe__link" href={h.href}>
              {h.title}
            </a>
            {h.contact && <span className="ww-describe__contact">{h.contact}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
