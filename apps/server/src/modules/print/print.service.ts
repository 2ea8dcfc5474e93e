import {
  activityText,
  canReadPlans,
  INTL_LOCALE,
  isLanguage,
  isPictogramId,
  PICTOGRAMS,
  todayIso,
  visitDue,
  type Language,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf, translatorFor, type RequestMeta } from '../../http/context.js';
import { notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { mayShowPlans } from '../plans/plans.mapper.js';
import { findPlan, type PlanRecord } from '../plans/plans.repo.js';
import { renderPlanPdf, type PrintablePlan, type PrintedActivity } from './plan-pdf.js';
import { activityCards, householdPersons, householdVisits, householdWorker } from './print.repo.js';

export type PrintService = ReturnType<typeof createPrintService>;

function dateFormat(language: Language) {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The printed plan (issue 5): read like the plan itself (out of scope or without the person's
 * valid consent: 404), in the family's language — `lang`, else the person's first language the
 * registry keeps, else Kazakh. Printing is audited as an export.
 */
export function createPrintService(db: Kysely<DB>, audit: AuditLog) {
  async function printable(row: PlanRecord, lang: Language | undefined, today: string) {
    const [persons, visits, holder] = await Promise.all([
      householdPersons(db, row.household_id),
      householdVisits(db, row.household_id),
      householdWorker(db, row.household_id),
    ]);
    const person = persons.find((p) => p.id === row.person_id);
    const language = lang ?? person?.languages.find(isLanguage) ?? 'kk';
    const t = translatorFor(language);
    const date = dateFormat(language);
    const names = new Map(persons.map((p) => [p.id, p.given_name]));

    const current = row.assignments
      .filter((a) => a.endsOn >= today)
      .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
    const cards = await activityCards(
      db,
      current.map((a) => a.activityId),
    );
    const byActivity = new Map<string, typeof current>();
    for (const a of current)
      byActivity.set(a.activityId, [...(byActivity.get(a.activityId) ?? []), a]);
    const activities: PrintedActivity[] = [...byActivity].flatMap(([activityId, assigned]) => {
      const card = cards.get(activityId);
      if (!card) return [];
      const text = activityText(card, language);
      const who = assigned
        .map((a) => {
          const often = t(
            a.frequency.per === 'day' ? 'plan.frequency.day' : 'plan.frequency.week',
            {
              times: a.frequency.times,
            },
          );
          return `${names.get(a.personId) ?? '—'} (${often})`;
        })
        .join(', ');
      const stop = text.stopSigns[0];
      return {
        title: text.title,
        who: t('print.with', { who }),
        steps: text.steps,
        stopIf: stop ? t('print.stop_if', { sign: stop }) : null,
        pictogram: isPictogramId(text.pictogram) ? PICTOGRAMS[text.pictogram] : null,
      };
    });

    const next = visitDue(
      {
        id: row.id,
        personId: row.person_id,
        householdId: row.household_id,
        status: row.status,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        activatedOn: row.activated_on,
        visitIntervalDays: row.visit_interval_days,
        reviewIntervalDays: row.review_interval_days,
        assignments: row.assignments,
      },
      visits.map((v) => ({
        householdId: v.household_id,
        planId: v.plan_id,
        personIds: v.person_ids,
        visitedOn: v.visited_on,
        nextVisitOn: v.next_visit_on,
      })),
    );
    const workerName = holder?.display_name ?? row.created_by_name;
    const plan: PrintablePlan = {
      language,
      title: t('print.title'),
      person: t('print.person', {
        name: [person?.given_name, person?.family_name].filter(Boolean).join(' '),
      }),
      period: t('print.period', { from: date(row.starts_on), to: date(row.ends_on) }),
      goalsHeading: t('print.goals'),
      goals: row.goals.map((g) => ({
        title: g.title,
        expected: t('print.goal_expected', { date: date(g.targetDate), text: g.levels.expected }),
      })),
      moreGoals: (count) => t('print.more_goals', { count }),
      activitiesHeading: t('print.activities'),
      activities,
      moreActivities: (count) => t('print.more_activities', { count }),
      nextVisit:
        next.dueOn >= today
          ? t('print.next_visit', { date: date(next.dueOn) })
          : t('print.next_visit_unknown'),
      worker: !workerName
        ? null
        : holder?.phone
          ? t('print.worker_phone', { name: workerName, phone: holder.phone })
          : t('print.worker', { name: workerName }),
      subject: t('print.footer', { date: date(today) }),
    };
    return plan;
  }

  return {
    async planPdf(meta: RequestMeta, planId: string, lang?: Language): Promise<Buffer> {
      const actor = actorOf(meta);
      if (!canReadPlans(actor)) throw notFound();
      const row = await findPlan(db, actor, planId);
      if (!row) throw notFound();
      const today = todayIso();
      if (!mayShowPlans(row, today))
        throw new ProblemError(404, 'not_found', {
          errors: [{ path: 'personId', code: 'plan.consent_required' }],
        });
      const pdf = await renderPlanPdf(await printable(row, lang, today));
      await audit.append(meta, { action: 'export', entity: 'plan', entityId: planId });
      return pdf;
    },
  };
}
