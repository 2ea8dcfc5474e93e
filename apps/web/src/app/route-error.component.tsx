import { useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';

/** Last resort when a page fails to render (for example a chunk that did not load offline). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  console.error(error);
  return (
    <main id="main" className="container main">
      <h1 className="page-title">{t('app.name')}</h1>
      <div className="notice notice-error" role="alert">
        <p>{t('status.error', { message: error instanceof Error ? error.message : '' })}</p>
        <p>
          <a href="/">{t('nav.home')}</a>
        </p>
      </div>
    </main>
  );
}
