import {
  educationSummary,
  instrumentById,
  type Language,
  type ReferralPerson,
  type ReferralSharedAssessment,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { mayShowAssessments } from '../assessments/assessments.mapper.js';
import { toPmpk, toStatusEntry } from '../education/education.mapper.js';
import { educationOf } from '../education/education.repo.js';
import type { PlacesService } from '../places/places.service.js';
import { mayShowPlans } from '../plans/plans.mapper.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { sharingConsentValid, type SharedParts } from './referrals.mapper.js';
import type { ReferralRecord } from './referrals.repo.js';

type Scalar = number | string | boolean | null;
type SharedDisability = NonNullable<ReferralPerson['disability']>;
const isScalar = (value: unknown): value is Scalar =>
  value === null || ['number', 'string', 'boolean'].includes(typeof value);

/** The latest complete assessment of each instrument, its plotted scores in the reader's words. */
function sharedAssessments(
  rows: {
    instrument: string;
    assessed_on: string;
    positive: boolean | null;
    scores: Record<string, unknown>;
  }[],
  language: Language,
): ReferralSharedAssessment[] {
  return rows.flatMap((row) => {
    const definition = instrumentById(row.instrument);
    if (!definition) return [];
    return [
      {
        instrument: definition.id,
        title: definition.title[language],
        assessedOn: row.assessed_on,
        positive: row.positive,
        scores: definition.scores
          .filter((s) => s.plot !== 'none' && isScalar(row.scores[s.name]))
          .map((s) => ({
            name: s.name,
            label: s.label[language],
            value: row.scores[s.name] as Scalar,
          })),
      },
    ];
  });
}

/**
 * What a provider sees of the person beyond name, sex and birth date: only the parts the
 * referral shares, and only while the person's consent to sharing with services is valid today
 * (a withdrawn consent stops the sharing). Assessments also need consent to assessment, the plan
 * consent to registration — what the CBR side itself may show.
 */
export async function loadSharedParts(
  db: Kysely<DB>,
  places: PlacesService,
  row: ReferralRecord,
  language: Language,
  today: string,
): Promise<SharedParts> {
  if (!sharingConsentValid(row, today) || row.shared.length === 0) return {};
  const shares = new Set(row.shared);
  const parts: SharedParts = {};
  const person = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select([
      'p.phone',
      'p.disability_status',
      'p.disability_category',
      'p.disability_group',
      'p.disability_established_on',
      'p.disability_review_on',
      'p.disability_indefinite',
      'p.birth_date',
      'h.address',
      'h.phone as household_phone',
      'h.place_code',
      consentsJson('p').as('consents'),
    ])
    .where('p.id', '=', row.person_id)
    .executeTakeFirstOrThrow();

  if (shares.has('contact')) {
    const place = (await places.labels([person.place_code], language)).get(person.place_code);
    parts.contact = {
      address: person.address,
      place: place ? [...place.path, place.name].join(', ') : person.place_code,
      phone: person.phone ?? person.household_phone,
    };
  }
  if (shares.has('disability'))
    parts.disability = person.disability_status
      ? {
          status: person.disability_status as SharedDisability['status'],
          category: person.disability_category as SharedDisability['category'],
          group: person.disability_group as SharedDisability['group'],
          establishedOn: person.disability_established_on,
          reviewOn: person.disability_review_on,
          indefinite: person.disability_indefinite,
        }
      : null;
  if (shares.has('assessments'))
    parts.assessments = mayShowAssessments(person, today)
      ? sharedAssessments(
          await db
            .selectFrom('assessments')
            .distinctOn('instrument')
            .select(['instrument', 'assessed_on', 'positive', 'scores'])
            .where('person_id', '=', row.person_id)
            .where('deleted_at', 'is', null)
            .where('status', '=', 'complete')
            .orderBy('instrument')
            .orderBy('assessed_on', 'desc')
            .orderBy('created_at', 'desc')
            .execute(),
          language,
        )
      : [];
  if (shares.has('plan')) {
    const plan = mayShowPlans(person, today)
      ? await db
          .selectFrom('plans')
          .select(['starts_on', 'ends_on', 'goals'])
          .where('person_id', '=', row.person_id)
          .where('status', '=', 'active')
          .where('deleted_at', 'is', null)
          .orderBy('starts_on', 'desc')
          .executeTakeFirst()
      : undefined;
    parts.plan = plan
      ? {
          startsOn: plan.starts_on,
          endsOn: plan.ends_on,
          goals: plan.goals.map((g) => ({
            title: g.title,
            cbrElements: g.cbrElements,
            targetDate: g.targetDate,
            expected: g.levels.expected,
          })),
        }
      : null;
  }
  if (shares.has('education')) {
    const rows = mayShowPlans(person, today) ? await educationOf(db, row.person_id) : [];
    const statuses = rows.filter((r) => r.kind === 'status').map(toStatusEntry);
    const pmpk = rows.filter((r) => r.kind === 'pmpk').map(toPmpk);
    const summary = educationSummary({ birthDate: person.birth_date }, { statuses, pmpk }, today);
    parts.education = {
      status: summary.status,
      since: summary.since,
      inNoEducation: summary.inNoEducation,
      pmpk: pmpk
        .filter((c) => c.concludedOn <= today)
        .sort((a, b) => b.concludedOn.localeCompare(a.concludedOn))
        .map((c) => ({
          concludedOn: c.concludedOn,
          specialNeeds: c.specialNeeds,
          needsDescription: c.needsDescription,
          conditions: c.conditions,
        })),
    };
  }
  return parts;
}
