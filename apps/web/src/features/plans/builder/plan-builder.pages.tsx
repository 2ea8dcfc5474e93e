import { todayIso, type Person, type Plan } from '@birge/domain';
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../../components/query-state.component.js';
import { isRepositoryError } from '../../../data/repository-error.js';
import { usePlan } from '../../../data/use-plans.js';
import { usePerson } from '../../../data/use-registry.js';
import { NotFoundPage } from '../../system/not-found.page.js';
import { PlanBuilder } from './plan-builder.page.js';
import { draftFromPlan, newPlanDraft } from './plan-draft.js';

/** `/plans/new?personId=` */
export function NewPlanPage() {
  const [params] = useSearchParams();
  const personId = params.get('personId') ?? '';
  const person = usePerson(personId);
  const initial = useCallback(() => newPlanDraft(personId, todayIso()), [personId]);
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <PlanBuilder person={person.data} scope={`new.${personId}`} initial={initial} />;
}

/** `/plans/:planId/edit` */
export function EditPlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const person = usePerson(plan.data?.personId ?? '');
  if (plan.isPending || (plan.isSuccess && person.isPending)) return <Loading />;
  if (plan.isError) {
    if (isRepositoryError(plan.error) && plan.error.status === 404) return <NotFoundPage />;
    return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  if (person.isError)
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  if (!person.data) return <Loading />;
  return <EditPlan plan={plan.data} person={person.data} />;
}

function EditPlan({ plan, person }: { plan: Plan; person: Person }) {
  const initial = useCallback(() => draftFromPlan(plan), [plan]);
  return <PlanBuilder person={person} scope={`edit.${plan.id}`} initial={initial} plan={plan} />;
}
