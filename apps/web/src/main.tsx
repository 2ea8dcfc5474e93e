import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.component.js';
import { registerServiceWorker } from './app/service-worker.js';
import { loadCatalogue } from './i18n/catalogues.js';
import { createLanguageStore } from './i18n/language-store.js';
import './styles/base.css';
import './styles/forms.css';
import './styles/controls.css';
import './styles/pages.css';
import './styles/wizard.css';
import './styles/sync.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A Russian or English user's catalogue before the first paint (Kazakh is already here); if it
// cannot load, the page starts in Kazakh and tries again.
await loadCatalogue(createLanguageStore(window.localStorage).get()).catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if (import.meta.env.PROD)
  registerServiceWorker().catch((error: unknown) => {
    console.error('Service worker registration failed', error);
  });
