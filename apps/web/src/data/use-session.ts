import type { Language, LoginInput, Me } from '@birge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.js';
import { useRepository } from './repository-context.js';

export function useSession() {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: () => repository.currentUser(),
    staleTime: Infinity,
  });
}

/** The installation's mode and version; asked once per page load. */
export function useInstance() {
  const repository = useRepository();
  return useQuery({ queryKey: queryKeys.instance, queryFn: () => repository.instance(), staleTime: Infinity });
}

/** The signed-in user; only for components rendered inside the session guard. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe is only available to signed-in pages');
  return data;
}

export function useSignIn() {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginInput) => repository.signIn(credentials),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] });
      client.setQueryData(queryKeys.session, me);
    },
  });
}

export function useSignOut() {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => repository.signOut(),
    onSettled: () => {
      client.clear();
      client.setQueryData(queryKeys.session, null);
    },
  });
}

export function useSaveLanguage() {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => repository.setLanguage(language),
    onSuccess: (me) => client.setQueryData(queryKeys.session, me),
  });
}
