import type { ReferralInput, ReferralStatus, ReferralStatusChange } from '@birge/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { queryKeys } from './query-keys.js';
import type { OrganizationQuery } from './referral-operations.js';
import { useRepository } from './repository-context.js';

/** Referrals and the directory search, through the repository (docs/decisions/0029). */

const referralKeys = {
  all: ['referrals'] as const,
  person: (personId: string) => ['referrals', 'person', personId] as const,
  inbox: (filter: { status?: ReferralStatus; open?: boolean }) =>
    ['referrals', 'inbox', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  organizations: (query: OrganizationQuery) => ['organizations', 'search', query] as const,
};

const INBOX_PAGE = 25;

export function usePersonReferrals(personId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: referralKeys.person(personId),
    queryFn: async () => (await repository.listReferrals({ personId, limit: 100 })).items,
    enabled: personId !== '',
  });
}

/** The provider's inbox: the server lists their organization's referrals only. */
export function useReferralInbox(filter: { status?: ReferralStatus; open?: boolean }) {
  const repository = useRepository();
  return useInfiniteQuery({
    queryKey: referralKeys.inbox(filter),
    queryFn: ({ pageParam }) =>
      repository.listReferrals({ ...filter, cursor: pageParam, limit: INBOX_PAGE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useReferral(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: referralKeys.one(id),
    queryFn: () => repository.getReferral(id),
    enabled: id !== '',
  });
}

export function useOrganizationSearch(query: OrganizationQuery) {
  const repository = useRepository();
  return useQuery({
    queryKey: referralKeys.organizations(query),
    queryFn: () => repository.searchOrganizations(query),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** A referral write changes the person's list, the referral, the inbox and the tasks. */
function useInvalidateReferrals() {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: referralKeys.all }),
      client.invalidateQueries({ queryKey: queryKeys.tasks }),
    ]);
  };
}

export function useCreateReferral() {
  const repository = useRepository();
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: (input: ReferralInput) => repository.createReferral(input),
    onSuccess: invalidate,
  });
}

export function useChangeReferralStatus() {
  const repository = useRepository();
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ReferralStatusChange }) =>
      repository.changeReferralStatus(id, change),
    onSuccess: invalidate,
    // A 409/422 means the referral moved on: show it as it is now.
    onError: invalidate,
  });
}
