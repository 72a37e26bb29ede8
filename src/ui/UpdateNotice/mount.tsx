// Puts the update notice on the page: a live region before the app's root (so the prerendered HTML stays
// as it is), with the same i18next instance as the app, so it follows the language the reader switches to.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { I18n } from '../../i18n/i18n';
import { UpdateNotice } from './UpdateNotice';

export function mountUpdateNotice(region: HTMLElement, i18n: I18n, onUpdate: () => void): void {
  createRoot(region).render(
    <I18nextProvider i18n={i18n}>
      <UpdateNotice onUpdate={onUpdate} />
    </I18nextProvider>,
  );
}
