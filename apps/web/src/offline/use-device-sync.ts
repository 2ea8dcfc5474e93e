import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDevice, useDeviceState } from './device-context.js';
import { discardMutation } from './local-store.js';
import { listProblems } from './outbox-problems.js';

export const syncKeys = { problems: ['sync', 'problems'] as const };

/** The refused and conflicting mutations on this device, with their reasons. */
export function useSyncProblems() {
  const device = useDevice();
  const state = useDeviceState();
  const store = device.getStore();
  return useQuery({
    queryKey: syncKeys.problems,
    queryFn: () => (store ? listProblems(store) : Promise.resolve([])),
    enabled: state.kind === 'open',
    staleTime: 0,
  });
}

export function useDiscardProblem() {
  const device = useDevice();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (seq: number) => {
      const store = device.getStore();
      if (!store) return;
      await discardMutation(store, seq);
      await device.getEngine()?.refreshCounts();
    },
    onSuccess: () => client.invalidateQueries(),
  });
}
