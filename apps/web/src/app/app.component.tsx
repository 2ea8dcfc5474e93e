import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createHttpRepository } from '../data/http-repository.js';
import { queryKeys } from '../data/query-keys.js';
import { RepositoryProvider } from '../data/repository-context.js';
import { translator } from '../i18n/catalogues.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { createLanguageStore } from '../i18n/language-store.js';
import { createDeviceAccount } from '../offline/device-account.js';
import { DeviceProvider } from '../offline/device-context.js';
import { createDeviceRepository, watchAccountDisabled } from '../offline/device-repository.js';
import { createDeviceSession, type DeviceSession } from '../offline/device-session.js';
import { registryEntities } from '../offline/registry-entities.js';
import { createSyncClient } from '../offline/sync-client.js';
import { createLazyVault } from '../offline/lazy-vault.js';
import { createQueryClient } from './query-client.js';
import { createRouter } from './router.js';

function createServices() {
  const languages = createLanguageStore(window.localStorage);
  const queryClient = createQueryClient();
  const account = createDeviceAccount(window.localStorage);
  const registry = registryEntities();
  // The device session and the HTTP adapter refer to each other through this late binding: any
  // answer saying the account is disabled wipes the device store.
  let device: DeviceSession | null = null;
  const http = createHttpRepository({
    language: languages.get,
    fetch: watchAccountDisabled(
      (input, init) => fetch(input, init),
      () => void device?.disabled(),
    ),
  });
  device = createDeviceSession({
    vault: createLazyVault(),
    account,
    registry,
    client: createSyncClient({ language: languages.get }),
    language: languages.get,
    onChanged: () =>
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] !== queryKeys.session[0] && query.queryKey[0] !== queryKeys.instance[0],
      }),
    onDisabled: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
  const repository = createDeviceRepository({
    http,
    device,
    account,
    registry,
    t: () => translator(languages.get()),
  });
  const router = createRouter();
  return { languages, repository, queryClient, router, device };
}

export function App() {
  const [{ languages, repository, queryClient, router, device }] = useState(createServices);

  // Place names and server messages come in the interface language: refetch them on a switch.
  useEffect(
    () =>
      languages.subscribe(() => {
        void queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== queryKeys.session[0],
        });
      }),
    [languages, queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <RepositoryProvider repository={repository}>
        <DeviceProvider device={device}>
          <I18nProvider store={languages}>
            <RouterProvider router={router} />
          </I18nProvider>
        </DeviceProvider>
      </RepositoryProvider>
    </QueryClientProvider>
  );
}
