import type { Workbox } from 'workbox-window';

type Listener = () => void;

let updateReady = false;
let workbox: Workbox | null = null;
const listeners = new Set<Listener>();

/** Whether a new version of the app is waiting to take over. */
export const serviceWorkerUpdate = {
  get: (): boolean => updateReady,
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Activates the waiting version; the page reloads once it controls it. */
  apply: (): void => workbox?.messageSkipWaiting(),
};

/**
 * Registers the app-shell service worker (built by vite-plugin-pwa, generateSW). A new version
 * waits until the user chooses to reload, so a half-filled form is never swept away.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // workbox-window is not needed for the first screen: it loads once the page has loaded (the
  // worker would wait for that to register anyway).
  if (document.readyState !== 'complete')
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  const { Workbox: WorkboxClass } = await import('workbox-window');
  workbox = new WorkboxClass('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    updateReady = true;
    for (const listener of listeners) listener();
  });
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  workbox.register().catch((error: unknown) => {
    console.error('Service worker registration failed', error);
  });
}
