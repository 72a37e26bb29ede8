// "There is a new version": shown when the service worker has installed a newer version of the site than
// the one this page runs (src/sw/register.ts). The button switches to it and reloads; until then the
// page keeps working with the version it started with, so nothing changes under the reader's hands.
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
