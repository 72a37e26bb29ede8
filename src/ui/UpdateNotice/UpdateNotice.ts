// "There is a new version": shown when a newer version of the site has taken over while this page still runs
// the code it started with (src/sw/register.ts). Plain DOM, without React or i18next: the notice must not
// start the old version's app (issue 26). The page keeps working; its next step loads the new version anyway
// (src/sw/newer-version.ts), and the button does so at once.
import './UpdateNotice.css';

export interface UpdateNoticeTexts {
  message: string;
  action: string;
}

/**
 * Puts the notice into `region`, a live region (role="status") that existed before, so screen readers
 * announce it; it sits outside the app's root, so the prerendered HTML stays as it is.
 */
export function showUpdateNotice(region: HTMLElement, texts: UpdateNoticeTexts, onUpdate: () => void): HTMLElement {
  const notice = document.createElement('div');
  notice.className = 'ww-update-notice';
  const message = document.createElement('p');
  message.className = 'utrecht-paragraph ww-update-notice__message';
  message.textContent = texts.message;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'utrecht-button utrecht-button--primary-action';
  button.textContent = texts.action;
  button.addEventListener('click', onUpdate);
  notice.append(message, button);
  region.append(notice);
  return notice;
}
