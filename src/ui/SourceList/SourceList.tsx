// The sources of one fact, inline and separated by commas: a web page as a link named by its site, a seed
// text by its title, anything else as written. The contact card and the directory's resource cards use it.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { sourceLabel, sourceTextTitleKey, splitSources } from '../../content/sources';

export function SourceList({ source }: { source: string }) {
  const { t } = useTranslation('contact');
  return (
    <>
      {splitSources(source).map((s, i) => {
        const { kind, label } = sourceLabel(s);
        return (
          <Fragment key={s}>
            {i > 0 ? t('source.listSeparator') : null}
            {kind === 'url' ? (
              <a className="utrecht-link wegwijzer-contact-card__source-link" href={s}>
                {label}
              </a>
            ) : kind === 'seed' ? (
              t('source.seed', { name: t(sourceTextTitleKey(label), { ns: 'flow' }) })
            ) : (
              label
            )}
          </Fragment>
        );
      })}
    </>
  );
}
