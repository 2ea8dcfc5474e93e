import type {
  Activity,
  Household,
  Plan,
  PracticeLog,
  PracticeLogUpdate,
  Visit,
} from '@birge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../data/query-keys.js';
import { useRepository } from '../../data/repository-context.js';
import { useActivities, useVisits } from '../../data/use-plans.js';
import { useHousehold } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';

/** What every family page reads: their household, its active plans, practice, visits, cards. */
export interface FamilyData {
  household: Household;
  /** Plans agreed with the family and running (status `active`), in the members' order. */
  plans: Plan[];
  /** Practice of those plans, as the device (or the server) holds it. */
  logs: PracticeLog[];
  visits: Visit[];
  activities: Activity[];
  memberName: (personId: string) => string;
  card: (activityId: string) => Activity | undefined;
}

export type FamilyState =
  | { status: 'pending' }
  /** The account is bound to no household (an old account, or one being moved). */
  | { status: 'none' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; data: FamilyData };

/**
 * The family's household and everything its pages show, through the repository: on the phone
 * the device store answers, offline too; writes go to its outbox (decision 0011).
 */
export function useFamily(): FamilyState {
  const me = useMe();
  const repository = useRepository();
  const householdId = me.householdId ?? '';
  const household = useHousehold(householdId);
  const memberIds = household.data?.members.map((m) => m.id) ?? [];
  const plans = useQuery({
    // Under `plans`, so every plan or practice write refreshes it.
    queryKey: [...queryKeys.plans, 'household', householdId, memberIds.join(',')],
    queryFn: async () =>
      (await Promise.all(memberIds.map((id) => repository.listPlans(id)))).flat(),
    enabled: household.isSuccess,
  });
  const active = (plans.data ?? []).filter((p) => p.status === 'active');
  const activeIds = active.map((p) => p.id);
  const practice = useQuery({
    queryKey: [...queryKeys.plans, 'practice', 'household', activeIds.join(',')],
    queryFn: async () =>
      (await Promise.all(activeIds.map((id) => repository.listPractice(id)))).flatMap(
        (list) => list.items,
      ),
    enabled: plans.isSuccess,
  });
  const visits = useVisits({ householdId });
  const activities = useActivities();

  if (!me.householdId) return { status: 'none' };
  const failed = [household, plans, practice, visits, activities].find((q) => q.isError);
  if (failed)
    return {
      status: 'error',
      error: failed.error,
      retry: () => void failed.refetch(),
    };
  if (!household.data || !plans.data || !visits.data || !activities.data || !practice.data)
    return { status: 'pending' };

  const members = household.data.members;
  const cards = activities.data;
  return {
    status: 'ready',
    data: {
      household: household.data,
      plans: active,
      logs: practice.data,
      visits: visits.data,
      activities: cards,
      memberName: (id) => {
        const m = members.find((p) => p.id === id);
        return m ? [m.givenName, m.familyName].filter(Boolean).join(' ') : '';
      },
      card: (id) => cards.find((c) => c.id === id),
    },
  };
}

/** A given name alone, as a family says it ("Нұрсұлтан"). */
export function givenName(household: Household, personId: string): string {
  return household.members.find((m) => m.id === personId)?.givenName ?? '';
}

/** Corrects a logged practice (a mistaken tap) or adds its note; the plans' queries refresh. */
export function useCorrectPractice() {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: PracticeLogUpdate }) =>
      repository.updatePractice(id, update),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.plans });
    },
  });
}

/** The CBR worker the family knows: who recorded the latest visit, else who wrote the plan. */
export function workerName(data: Pick<FamilyData, 'visits'>, plan: Plan): string | null {
  const latest = [...data.visits]
    .filter((v) => v.recordedBy)
    .sort((a, b) => b.visitedOn.localeCompare(a.visitedOn))[0];
  return latest?.recordedBy ?? plan.createdBy;
}
