// On a result page opened from the "describe it" search (`?via=zoeken`): says the page was found from a
// description, instead of letting the answers below read as answers the person gave. The address's query
// is read as an external store whose server value is empty: the prerendered page (the same for every
// query) never shows the note, so hydration matches, and the browser shows it right after.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { VIA_SEARCH } from '../DescribeSearch/via';

const noSubscription = () => () => {};

export function FoundVia() {
  const { t } = useTranslation('ui');
  const query = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => '',
  );
  if (!query.slice(1).split('&').includes(VIA_SEARCH)) return null;
  return <p className="utrecht-paragraph ww-found-via">{t('describe.foundVia')}</p>;
}
