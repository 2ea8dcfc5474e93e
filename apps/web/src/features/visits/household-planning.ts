import { instrumentById, type Household } from '@birge/domain';
import { useQueries } from '@tanstack/react-query';
import { planKeys } from '../../data/plan-query-keys.js';
import { queryKeys } from '../../data/query-keys.js';
import { useRepository } from '../../data/repository-context.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Recent assessments and reviews a visit may name: the newest few of the household. */
const RECENT = 6;

/**
 * What a visit record can refer to in a household: its members' open plans, their latest
 * assessments and GAS reviews — read through the repository, so it works offline.
 */
export function useHouseholdPlanning(household: Household) {
  const repository = useRepository();
  const { language } = useI18n();
  const members = household.members.filter((m) => m.consentStatus === 'valid');
  const plans = useQueries({
    queries: members.map((m) => ({
      queryKey: planKeys.personPlans(m.id),
      queryFn: () => repository.listPlans(m.id),
    })),
  })
    .flatMap((q) => q.data ?? [])
    .filter((p) => p.status === 'active' || p.status === 'draft');
  const assessments = useQueries({
    queries: members.map((m) => ({
      queryKey: queryKeys.personAssessments(m.id),
      queryFn: () => repository.listAssessments(m.id),
    })),
  })
    .flatMap((q) => q.data ?? [])
    .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))
    .slice(0, RECENT);
  const reviews = useQueries({
    queries: plans.map((p) => ({
      queryKey: planKeys.planReviews(p.id),
      queryFn: () => repository.listReviews(p.id),
    })),
  })
    .flatMap((q) => q.data ?? [])
    .sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))
    .slice(0, RECENT);
  const personName = (id: string) => {
    const m = household.members.find((x) => x.id === id);
    return m ? fullName(m) : '';
  };
  const instrumentTitle = (id: string) => instrumentById(id)?.title[language] ?? id;
  return { plans, assessments, reviews, personName, instrumentTitle };
}
