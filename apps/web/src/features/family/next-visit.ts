import { visitDue, type Plan, type Visit } from '@birge/domain';

export interface NextVisit {
  dueOn: string;
  /** `agreed`: the day set at the last visit; `planned`: reckoned from the plan's interval. */
  kind: 'agreed' | 'planned';
  /** The day has passed and no visit was recorded since. */
  late: boolean;
}

/**
 * The worker's next visit as the family should hear it: the soonest one any active plan is
 * waiting for, by the domain's own rule (`visitDue`, the one the worker's tasks use), so the
 * family and the worker expect the same day.
 */
export function nextVisit(
  plans: readonly Plan[],
  visits: readonly Visit[],
  today: string,
): NextVisit | null {
  let next: NextVisit | null = null;
  for (const plan of plans) {
    if (plan.status !== 'active') continue;
    const due = visitDue(plan, visits);
    if (next && next.dueOn <= due.dueOn) continue;
    next = {
      dueOn: due.dueOn,
      kind: due.reason === 'agreed' ? 'agreed' : 'planned',
      late: due.dueOn < today,
    };
  }
  return next;
}
