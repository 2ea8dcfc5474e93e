import { addDays } from '../plans/dates.js';
import { consentDue, consentValid, rescreeningDue, type TaskDue } from './person-rules.js';
import { practiceDue, reviewDue, visitDue } from './plan-rules.js';
import {
  DEFAULT_TASK_HORIZON_DAYS,
  TASK_KINDS,
  type Task,
  type TaskKind,
  type TaskSubjectType,
} from './task.schema.js';
import type { TaskOptions, TaskPlan, TaskRecords } from './task-records.js';

export { CONSENT_EXPIRY_NOTICE_DAYS, SCREENING_INSTRUMENT_IDS } from './person-rules.js';
export { PRACTICE_SILENCE_DAYS, visitDue } from './plan-rules.js';

/** The id a task has wherever it is computed: kind, subject and due date. */
export function taskId(
  kind: TaskKind,
  subject: { type: TaskSubjectType; id: string },
  dueOn: string,
) {
  return `${kind}:${subject.type}:${subject.id}:${dueOn}`;
}

const KIND_ORDER = new Map(TASK_KINDS.map((kind, i) => [kind, i]));

function groupBy<T>(items: readonly T[] | undefined, key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items ?? []) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The follow-ups of a caseload on `today` (issue 5): visits due by each plan's frequency, GAS
 * reviews due, yearly re-screening, consent running out or gone, a home programme with no practice
 * logged for 7 days, referrals past their date. Plan tasks need the person's valid consent to
 * registration (without it the plan is neither shown nor changed, docs/decisions/0020), as the
 * device holds no plan then. Tasks not due yet are listed `horizonDays` ahead; consent from 30
 * days before its last day; practice and referrals only once due. Sorted by due date, then kind.
 */
export function followUpTasks(records: TaskRecords, options: TaskOptions): Task[] {
  const { today } = options;
  const horizon = addDays(today, options.horizonDays ?? DEFAULT_TASK_HORIZON_DAYS);
  const tasks: Task[] = [];
  const add = (
    kind: TaskKind,
    subject: { type: TaskSubjectType; id: string },
    refs: { householdId: string; personId: string | null; planId: string | null },
    due: TaskDue,
  ) =>
    tasks.push({
      id: taskId(kind, subject, due.dueOn),
      kind,
      subject,
      ...refs,
      dueOn: due.dueOn,
      overdue: due.dueOn < today,
      reason: due.reason,
    });
  const soon = (due: TaskDue | null): due is TaskDue => due !== null && due.dueOn <= horizon;

  const plansByPerson = groupBy(
    records.plans?.filter((p) => p.status === 'active'),
    (p) => p.personId,
  );
  const reviews = groupBy(records.reviews, (r) => r.planId);
  const practice = groupBy(records.practice, (l) => l.planId);
  const visits = groupBy(records.visits, (v) => v.householdId);
  const assessments = groupBy(records.assessments, (a) => a.personId);

  for (const person of records.persons) {
    const personRefs = { householdId: person.householdId, personId: person.id, planId: null };
    const subject = { type: 'person', id: person.id } as const;
    const consent = consentDue(person, today);
    if (consent) add(consent.kind, subject, personRefs, consent);

    const plans: TaskPlan[] = consentValid(person, today, 'registration')
      ? (plansByPerson.get(person.id) ?? [])
      : [];
    const screening = rescreeningDue(person, assessments.get(person.id) ?? [], plans, today);
    if (soon(screening)) add('rescreening_due', subject, personRefs, screening);

    for (const plan of plans) {
      const refs = { householdId: plan.householdId, personId: plan.personId, planId: plan.id };
      const planSubject = { type: 'plan', id: plan.id } as const;
      const visit = visitDue(plan, visits.get(plan.householdId) ?? []);
      if (soon(visit)) add('visit_due', planSubject, refs, visit);
      const review = reviewDue(plan, reviews.get(plan.id) ?? []);
      if (soon(review)) add('review_due', planSubject, refs, review);
      const silence = practiceDue(plan, practice.get(plan.id) ?? [], today);
      if (silence) add('practice_missing', planSubject, refs, silence);
    }
  }

  for (const referral of records.referrals ?? [])
    if (referral.open && referral.dueOn !== null && referral.dueOn < today)
      add(
        'referral_overdue',
        { type: 'referral', id: referral.id },
        { householdId: referral.householdId, personId: referral.personId, planId: null },
        { dueOn: referral.dueOn, reason: null },
      );

  return tasks.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Overdue tasks counted by kind (the supervisor's view of a worker). */
export function countOverdue(tasks: readonly Task[]): {
  overdue: number;
  byKind: Record<TaskKind, number>;
} {
  const byKind = Object.fromEntries(TASK_KINDS.map((k) => [k, 0])) as Record<TaskKind, number>;
  let overdue = 0;
  for (const task of tasks)
    if (task.overdue) {
      overdue += 1;
      byKind[task.kind] += 1;
    }
  return { overdue, byKind };
}
