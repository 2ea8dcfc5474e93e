import type {
  PlanInput,
  PlanReviewInput,
  PlanStatusChange,
  PlanUpdate,
  PracticeLogInput,
  VisitInput,
  VisitUpdate,
} from '@birge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planKeys } from './plan-query-keys.js';
import { queryKeys } from './query-keys.js';
import type { VisitQuery } from './repository.js';
import { useRepository } from './repository-context.js';

/** Plans, reviews, practice, visits, the activity library and tasks, through the repository. */

export function usePersonPlans(personId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.personPlans(personId),
    queryFn: () => repository.listPlans(personId),
    enabled: personId !== '',
  });
}

export function usePlan(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.plan(id),
    queryFn: () => repository.getPlan(id),
    enabled: id !== '',
  });
}

export function usePlanHistory(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.planHistory(id),
    queryFn: () => repository.planHistory(id),
    retry: false,
  });
}

export function usePlanReviews(planId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.planReviews(planId),
    queryFn: () => repository.listReviews(planId),
    enabled: planId !== '',
  });
}

export function usePlanPractice(planId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.planPractice(planId),
    queryFn: () => repository.listPractice(planId),
    enabled: planId !== '',
  });
}

export function useVisits(query: VisitQuery) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.visitList(query),
    queryFn: () => repository.listVisits(query),
  });
}

export function useVisit(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.visit(id),
    queryFn: () => repository.getVisit(id),
    enabled: id !== '',
  });
}

/** The library changes rarely: kept for the session once read. */
export function useActivities() {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.activities,
    queryFn: () => repository.listActivities(),
    staleTime: 60 * 60_000,
  });
}

export function useTasks(householdId?: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: planKeys.taskList(householdId ?? ''),
    queryFn: () => repository.listTasks(householdId ? { householdId } : {}),
  });
}

/** A plan write changes its person's list, the plan, its history and the tasks. */
function useInvalidatePlans() {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.plans }),
      client.invalidateQueries({ queryKey: queryKeys.tasks }),
    ]);
  };
}

export function useCreatePlan() {
  const repository = useRepository();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PlanInput) => repository.createPlan(input),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan() {
  const repository = useRepository();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: PlanUpdate }) =>
      repository.updatePlan(id, update),
    onSuccess: invalidate,
  });
}

export function useChangePlanStatus() {
  const repository = useRepository();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: PlanStatusChange }) =>
      repository.changePlanStatus(id, change),
    onSuccess: invalidate,
  });
}

export function useCreateReview() {
  const repository = useRepository();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PlanReviewInput) => repository.createReview(input),
    onSuccess: invalidate,
  });
}

export function useLogPractice() {
  const repository = useRepository();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PracticeLogInput) => repository.logPractice(input),
    onSuccess: invalidate,
  });
}

function useInvalidateVisits() {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.visits }),
      client.invalidateQueries({ queryKey: queryKeys.tasks }),
    ]);
  };
}

export function useCreateVisit() {
  const repository = useRepository();
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: (input: VisitInput) => repository.createVisit(input),
    onSuccess: invalidate,
  });
}

export function useUpdateVisit() {
  const repository = useRepository();
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: VisitUpdate }) =>
      repository.updateVisit(id, update),
    onSuccess: invalidate,
  });
}
