import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createHttpRepository } from '../data/http-repository.js';
import { queryKeys } from '../data/query-keys.js';
import { RepositoryProvider } from '../data/repository-context.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { createLanguageStore } from '../i18n/language-store.js';
import { createQueryClient } from './query-client.js';
import { createRouter } from './router.js';

function createServices() {
  const languages = createLanguageStore(window.localStorage);
  const repository = createHttpRepository({ language: languages.get });
  const queryClient = createQueryClient();
  const router = createRouter();
  return { languages, repository, queryClient, router };
}

export function App() {
  const [{ languages, repository, queryClient, router }] = useState(createServices);

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
        <I18nProvider store={languages}>
          <RouterProvider router={router} />
        </I18nProvider>
      </RepositoryProvider>
    </QueryClientProvider>
  );
}
