import type { ConsentInput, ConsentWithdrawal, PersonInput, PersonUpdate } from '@birge/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { queryKeys } from './query-keys.js';
import { useRepository } from './repository-context.js';

const PAGE_SIZE = 20;
export const MIN_PLACE_QUERY = 2;

export function useHouseholdList(q: string) {
  const repository = useRepository();
  return useInfiniteQuery({
    queryKey: queryKeys.householdList(q),
    queryFn: ({ pageParam }) => repository.listHouseholds({ q, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.household(id),
    queryFn: () => repository.getHousehold(id),
    enabled: id !== '',
  });
}

export function usePlaceSearch(text: string) {
  const repository = useRepository();
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.places(trimmed),
    queryFn: () => repository.searchPlaces({ text: trimmed }),
    enabled: trimmed.length >= MIN_PLACE_QUERY,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.person(id),
    queryFn: () => repository.getPerson(id),
    enabled: id !== '',
  });
}

export function usePersonHistory(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.personHistory(id),
    queryFn: () => repository.personHistory(id),
  });
}

/** After a write to a person, their page, history and households lists are out of date. */
function useInvalidatePeople() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.persons }),
      client.invalidateQueries({ queryKey: queryKeys.households }),
    ]);
}

export function useCreatePerson() {
  const repository = useRepository();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: PersonInput) => repository.createPerson(input),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson(id: string) {
  const repository = useRepository();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (update: PersonUpdate) => repository.updatePerson(id, update),
    onSuccess: invalidate,
  });
}

export function useAddConsent(personId: string) {
  const repository = useRepository();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: ConsentInput) => repository.addConsent(personId, input),
    onSuccess: invalidate,
  });
}

export function useWithdrawConsent() {
  const repository = useRepository();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ consentId, withdrawal }: { consentId: string; withdrawal: ConsentWithdrawal }) =>
      repository.withdrawConsent(consentId, withdrawal),
    onSuccess: invalidate,
  });
}

export function useAuditLog() {
  const repository = useRepository();
  return useInfiniteQuery({
    queryKey: queryKeys.audit,
    queryFn: ({ pageParam }) => repository.listAudit({ cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useVerifyAudit() {
  const repository = useRepository();
  return useMutation({ mutationFn: () => repository.verifyAudit() });
}
