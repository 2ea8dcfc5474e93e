import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.component.js';
import { registerServiceWorker } from './app/service-worker.js';
import './styles/base.css';
import './styles/forms.css';
import './styles/controls.css';
import './styles/pages.css';
import './styles/wizard.css';
import './styles/sync.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
