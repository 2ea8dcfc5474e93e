import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { Button } from 'react-aria-components';
import { Outlet } from 'react-router';
import { Loading } from '../components/query-state.component.js';
import { useSession } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Header } from './header.component.js';
import { serviceWorkerUpdate } from './service-worker.js';

/** After sign-in (or a reload) the user's saved language wins over the device's. */
function useSessionLanguage() {
  const { data: me } = useSession();
  const { setLanguage } = useI18n();
  const saved = me?.language;
  useEffect(() => {
    if (saved) setLanguage(saved);
  }, [saved, setLanguage]);
}

function UpdateBanner() {
  const { t } = useI18n();
  const ready = useSyncExternalStore(serviceWorkerUpdate.subscribe, serviceWorkerUpdate.get);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status">
      <div className="container update-banner-inner">
        <span>{t('app.updateReady')}</span>
        <Button className="button secondary small" onPress={serviceWorkerUpdate.apply}>
          {t('app.updateNow')}
        </Button>
      </div>
    </div>
  );
}

export function Layout() {
  const { t } = useI18n();
  useSessionLanguage();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <Header />
      <UpdateBanner />
      <main id="main" tabIndex={-1} className="container main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
