import { lazy, useEffect } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/query-state.component.js';
import { loadCatalogueParts } from '../i18n/catalogues.js';
import { useMe } from '../data/use-session.js';
import { keepsCaseload } from './device-account.js';
import { useDevice, useDeviceState } from './device-context.js';

// Chunks of their own: a caseload user sees one of them once per sign-in or reload, others never.
const PinSetupPage = lazy(async () => ({
  default: (await import('./pin-setup.page.js')).PinSetupPage,
}));
const loadUnlockPage = async () => (await import('./unlock.page.js')).UnlockPage;
const UnlockPage = lazy(async () => ({ default: await loadUnlockPage() }));
// A family member's unlock screen speaks of the internet and a new code, not a password: its
// words are in the family catalogue (decision 0024).
const FamilyUnlockPage = lazy(async () => {
  const [page] = await Promise.all([loadUnlockPage(), loadCatalogueParts(['family'])]);
  return { default: page };
});

/**
 * Between the session and the pages: a user whose device keeps a caseload opens the store first
 * (PIN, or password), and sets a PIN if there is none yet.
 */
export function DeviceGate() {
  const me = useMe();
  const device = useDevice();
  const state = useDeviceState();

  useEffect(() => {
    // The unlock screen's chunk loads while the store is being looked at, not after.
    if (keepsCaseload(me)) void loadUnlockPage();
    void device.prepare(me);
  }, [device, me]);

  switch (state.kind) {
    case 'unknown':
      return <Loading />;
    case 'off':
    case 'open':
      return <Outlet />;
    case 'needs-pin':
      return <PinSetupPage />;
    case 'setup':
    case 'locked': {
      const mode = state.kind === 'setup' ? 'setup' : state.pin === 'set' ? 'pin' : 'password';
      return me.role === 'family' ? <FamilyUnlockPage mode={mode} /> : <UnlockPage mode={mode} />;
    }
  }
}
