// "Geen eigen link in onze bronnen. Te vinden via <contact>: <website>" — for a guide whose own address no
// source gives (`availableFrom` in flows/resources.yaml), on a result page and in the directory alike.
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type KeyedFlow } from '../../app/flow';
import { displayUrl } from '../../content/sources';

export function WhereToFind({
  contact,
  className,
}: {
  contact: KeyedFlow['contacts'][string] | undefined;
  className?: string;
}) {
  const { t } = useTranslation('ui');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  if (!contact?.website) return null;
  return (
    <p className={className ? `utrecht-paragraph ${className}` : 'utrecht-paragraph'}>
      {t('result.availableFrom', { name: tf(contact.name) })}{' '}
      <a className="utrecht-link" href={contact.website.url} hrefLang={contact.website.dutchOnly ? 'nl' : undefined}>
        {displayUrl(contact.website.url)}
      </a>
    </p>
  );
}
