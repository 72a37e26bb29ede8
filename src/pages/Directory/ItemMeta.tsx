// Type, audience and themes of a directory item, as a description list.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import type { DirectoryCatalogue } from './types';

export function ItemMeta({
  type,
  item,
  catalogue,
  extra,
}: {
  type: string;
  item: { audience: readonly string[]; themes: readonly string[] };
  catalogue: DirectoryCatalogue;
  extra?: ReactNode;
}) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const labels = (ids: readonly string[], terms: DirectoryCatalogue['themes']) =>
    ids
      .map((id) => terms.find((x) => x.id === id))
      .filter((x) => x !== undefined)
      .map((x) => tf(x.label))
      .join(t('meta.listSeparator'));
  return (
    <dl className="ww-directory__meta">
      <div className="ww-directory__meta-row">
        <dt>{t('meta.type')}</dt>
        <dd>{type}</dd>
      </div>
      <div className="ww-directory__meta-row">
        <dt>{t('meta.audience')}</dt>
        <dd>{labels(item.audience, catalogue.audiences)}</dd>
      </div>
      <div className="ww-directory__meta-row">
        <dt>{t('meta.themes')}</dt>
        <dd>{labels(item.themes, catalogue.themes)}</dd>
      </div>
      {extra}
    </dl>
  );
}
