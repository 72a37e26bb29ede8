// "There is a new version": shown when a newer version of the site has taken over while this page still runs
// the code it started with (src/sw/register.ts). The page keeps working as it is; the button reloads it into
// the new version, so nothing changes under the reader's hands until they choose to.
// The live region is rendered by mountUpdateNotice before the message, so screen readers announce it.
import { useTranslation } from 'react-i18next';
import './UpdateNotice.css';

export const OFFLINE_NAMESPACE = 'offline';

export function UpdateNotice({ onUpdate }: { onUpdate: () => void }) {
  const { t } = useTranslation(OFFLINE_NAMESPACE);
  return (
    <div className="ww-update-notice">
      <p className="utrecht-paragraph ww-update-notice__message">{t('update.message')}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onUpdate}>
        {t('update.action')}
      </button>
    </div>
  );
}
