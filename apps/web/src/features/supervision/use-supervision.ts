import type { ConflictResolution } from '@birge/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../data/query-keys.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { createSupervisionRepository } from '../../data/supervision-repository.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Query keys of the supervisor's screens; writes invalidate exactly these. */
export const supervisionKeys = {
  caseloads: ['caseloads'] as const,
  workers: ['caseloads', 'workers'] as const,
  // Under `caseloads`: a household moved to another worker moves its tasks too.
  overdue: ['caseloads', 'overdue'] as const,
  workerHouseholds: (userId: string) => ['caseloads', 'households', userId] as const,
  assignment: (householdId: string) => ['caseloads', 'assignment', householdId] as const,
  conflicts: ['conflicts'] as const,
  conflictList: (status: 'open' | 'resolved') => ['conflicts', 'list', status] as const,
  conflict: (id: string) => ['conflicts', 'one', id] as const,
  devices: ['sync-devices'] as const,
};

const PAGE_SIZE = 20;

function useSupervisionRepository() {
  const { language } = useI18n();
  return useMemo(() => createSupervisionRepository({ language: () => language }), [language]);
}

export function useCaseloadWorkers() {
  const repository = useSupervisionRepository();
  return useQuery({ queryKey: supervisionKeys.workers, queryFn: () => repository.listCaseloads() });
}

export function useWorkerHouseholds(userId: string) {
  const repository = useSupervisionRepository();
  return useInfiniteQuery({
    queryKey: supervisionKeys.workerHouseholds(userId),
    queryFn: ({ pageParam }) =>
      repository.caseloadHouseholds(userId, { cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAssignment(householdId: string) {
  const repository = useSupervisionRepository();
  return useQuery({
    queryKey: supervisionKeys.assignment(householdId),
    queryFn: () => repository.getAssignment(householdId),
  });
}

/** Assign (workerId) or unassign (null); every caseload count and list may change. */
export function useChangeAssignment(householdId: string) {
  const repository = useSupervisionRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (workerId: string | null) => {
      if (workerId) return repository.assign(householdId, workerId);
      await repository.unassign(householdId);
      return null;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: supervisionKeys.caseloads }),
  });
}

export function useConflictList(status: 'open' | 'resolved') {
  const repository = useSupervisionRepository();
  return useInfiniteQuery({
    queryKey: supervisionKeys.conflictList(status),
    queryFn: ({ pageParam }) =>
      repository.listConflicts({ status, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useConflict(id: string) {
  const repository = useSupervisionRepository();
  return useQuery({
    queryKey: supervisionKeys.conflict(id),
    queryFn: () => repository.getConflict(id),
  });
}

/** A resolution changes the record, the conflict lists and the device monitor's counts. */
export function useResolveConflict(id: string) {
  const repository = useSupervisionRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (resolution: ConflictResolution) => repository.resolveConflict(id, resolution),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: supervisionKeys.conflicts }),
        client.invalidateQueries({ queryKey: supervisionKeys.devices }),
        client.invalidateQueries({ queryKey: queryKeys.persons }),
        client.invalidateQueries({ queryKey: queryKeys.households }),
      ]),
    // Someone else resolved it first: the lists are out of date (this page keeps its message).
    onError: (error) => {
      if (isRepositoryError(error) && error.status === 409)
        void client.invalidateQueries({ queryKey: ['conflicts', 'list'] });
    },
  });
}

export function useSyncDevices() {
  const repository = useSupervisionRepository();
  return useQuery({ queryKey: supervisionKeys.devices, queryFn: () => repository.listDevices() });
}

export function useOverdueTasks() {
  const repository = useSupervisionRepository();
  return useQuery({ queryKey: supervisionKeys.overdue, queryFn: () => repository.overdueTasks() });
}
