// The sources of one fact, inline and separated by commas: a web page as a link named by its site, a seed
// text by its heading or title (quotation marks only around a real heading), anything else as written. The
// contact card and the directory's resource cards use it.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { seedName, sourceLabel, splitSources } from '../../content/sources';

export function SourceList({ source }: { source: string }) {
  const { t, i18n } = useTranslation('contact');
  const exists = (key: string) => i18n.exists(key, { ns: 'flow' });
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
              seedText(t, seedName(exists, label))
            ) : (
              label
            )}
          </Fragment>
        );
      })}
    </>
  );
}

type T = ReturnType<typeof useTranslation<'contact'>>['t'];
const seedText = (t: T, { key, heading }: ReturnType<typeof seedName>) =>
  t(heading ? 'source.seedHeading' : 'source.seed', { name: t(key, { ns: 'flow' }) });
