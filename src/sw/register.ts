// Offline (issue 8): registers the service worker (src/sw/sw.js, built into dist/sw.js by
// scripts/build-sw.mjs) and, when it has a newer version of the site ready, says so ("Er is een nieuwe
// versie. Vernieuw de pagina.") instead of switching silently: the button activates the new version and
// reloads. Registered from a file, never inline: the CSP allows no inline script.
import type { I18n } from '../i18n/i18n';

const SW_URL = '/sw.js';
/** A page left open checks for a new version this often (a page load checks anyway). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(i18n: I18n): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // The live region exists before any message is put in it, so screen readers announce the message.
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'ww-update-region';
  document.body.prepend(region);

  let shown = false;
  const announce = (worker: ServiceWorker) => {
    // Without a controller this is the first install, not an update: nothing to announce.
    if (shown || !container.controller) return;
    shown = true;
    const update = () => {
      container.addEventListener('controllerchange', () => window.location.reload());
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
    void import('../ui/UpdateNotice/mount').then(({ mountUpdateNotice }) => mountUpdateNotice(region, i18n, update));
  };

  container.register(SW_URL).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // A browser (or policy) that blocks service workers may resolve without a registration.
      if (!registration) return;
      if (registration.waiting) announce(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') announce(worker);
        });
      });
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
    () => undefined, // offline, or the browser refuses: the site works as before, only not offline
  );
}
