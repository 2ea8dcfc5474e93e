import { planInputSchema, type PlanInput } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { RequestMeta, SessionUser } from '../http/context.js';
import type { Services } from '../services.js';

/**
 * The demo rehabilitation plan: Nursultan Seitkaliyev (9, cerebral palsy) in `worker`'s caseload
 * and the `family` account's household — two goals scaled with GAS, three home activities for his
 * mother and father, a review with its T-score, a week of practice logged by the family, a home
 * visit and a phone call. Stored through the services, so every rule and the T-score apply.
 */

const meta = (actor: SessionUser): RequestMeta => ({
  actor,
  ip: null,
  userAgent: 'birge-seed',
  requestId: null,
});

export interface DemoPlanPeople {
  worker: SessionUser;
  family: SessionUser;
  /** Member ids by demo key: nursultan, aigul (mother), erlan (father). */
  members: Map<string, string>;
  householdId: string;
}

function planInput(child: string, mother: string, father: string) {
  const walking = uuidv7();
  const dressing = uuidv7();
  const input = {
    personId: child,
    startsOn: '2026-09-15',
    endsOn: '2027-03-14',
    status: 'active',
    visitIntervalDays: 14,
    reviewIntervalDays: 60,
    note: 'Ата-анасымен бірге 2026 жылғы 15 қыркүйекте келісілді.',
    goals: [
      {
        id: walking,
        title: 'Нұрсұлтан жүргізгішпен үйден қақпаға дейін өзі жүріп барады',
        cbrElements: ['health.rehabilitation', 'health.assistive_devices'],
        levels: {
          muchLess: 'Жүргізгішпен тек ересек адамның қолдауымен бөлме ішінде жүреді',
          somewhatLess: 'Жүргізгішпен бөлмеден бөлмеге өзі жүреді',
          expected: 'Жүргізгішпен үйден қақпаға дейін (20 метр) өзі жүріп барады',
          somewhatMore: 'Жүргізгішпен қақпадан көршінің үйіне дейін өзі барады',
          muchMore: 'Жүргізгішпен мектеп автобусының аялдамасына дейін (100 метр) өзі барады',
        },
        baseline: -1,
        importance: 3,
        difficulty: 2,
        targetDate: '2027-03-14',
        responsible: [{ kind: 'household_member', personId: mother }, { kind: 'worker' }],
      },
      {
        id: dressing,
        title: 'Нұрсұлтан футболкасын өзі киеді',
        cbrElements: ['health.rehabilitation', 'social.personal_assistance'],
        levels: {
          muchLess: 'Футболканы толығымен ересек адам кигізеді',
          somewhatLess: 'Ересек басынан өткізсе, қолдарын өзі өткізеді',
          expected: 'Футболканы өзі киеді, алды мен артын ересек көрсетеді',
          somewhatMore: 'Футболканың алды мен артын ажыратып, өзі киеді',
          muchMore: 'Түймелі көйлекті де өзі киеді',
        },
        baseline: -1,
        importance: 2,
        difficulty: 2,
        targetDate: '2027-01-31',
        responsible: [{ kind: 'household_member', personId: mother }],
      },
    ],
    assignments: [
      {
        id: uuidv7(),
        activityId: 'mobility.walking-with-support',
        goalId: walking,
        personId: mother,
        frequency: { times: 2, per: 'day' },
        startsOn: '2026-09-15',
        endsOn: '2027-03-14',
        note: 'Таңертең және кешкі астан кейін, дәлізде.',
      },
      {
        id: uuidv7(),
        activityId: 'mobility.sit-to-stand',
        goalId: walking,
        personId: father,
        frequency: { times: 1, per: 'day' },
        startsOn: '2026-09-15',
        endsOn: '2027-03-14',
        note: 'Жұмыстан келген соң, орындықпен.',
      },
      {
        id: uuidv7(),
        activityId: 'self-care.dressing-top',
        goalId: dressing,
        personId: mother,
        frequency: { times: 3, per: 'week' },
        startsOn: '2026-10-01',
        endsOn: '2027-01-31',
        note: null,
      },
    ],
  } satisfies PlanInput;
  return input;
}

/** A week of practice as the family logged it: [day, assignment index, result]. */
const PRACTICE: [string, number, 'done' | 'partly' | 'not_today'][] = [
  ['2026-11-16', 0, 'done'],
  ['2026-11-16', 0, 'done'],
  ['2026-11-16', 1, 'done'],
  ['2026-11-17', 0, 'done'],
  ['2026-11-17', 0, 'partly'],
  ['2026-11-17', 2, 'done'],
  ['2026-11-18', 0, 'not_today'],
  ['2026-11-18', 1, 'partly'],
  ['2026-11-19', 0, 'done'],
  ['2026-11-19', 0, 'done'],
  ['2026-11-19', 1, 'done'],
  ['2026-11-19', 2, 'partly'],
  ['2026-11-20', 0, 'done'],
  ['2026-11-21', 0, 'done'],
  ['2026-11-21', 2, 'done'],
];

export async function seedDemoPlans(services: Services, people: DemoPlanPeople): Promise<void> {
  const key = (k: string) => {
    const id = people.members.get(k);
    if (!id) throw new Error(`demo member ${k} missing`);
    return id;
  };
  const child = key('nursultan');
  const input = planInput(child, key('aigul'), key('erlan'));
  const plan = await services.plans.create(meta(people.worker), planInputSchema.parse(input));
  const [walking, dressing] = plan.goals;
  if (!walking || !dressing) throw new Error('demo goals missing');
  const review = await services.reviews.create(meta(people.worker), {
    planId: plan.id,
    reviewedOn: '2026-11-10',
    levels: [
      { goalId: walking.id, level: 0, note: 'Қақпаға дейін өзі барды, бір рет тынықты.' },
      { goalId: dressing.id, level: -1, note: null },
    ],
    rho: 0.3,
    note: 'Бірінші шолу: жүру мақсатына жетті, киіну әлі бастапқы деңгейде.',
  });
  for (const [date, index, result] of PRACTICE) {
    const assignment = input.assignments[index];
    if (!assignment) throw new Error(`demo assignment ${index} missing`);
    await services.practice.create(meta(people.family), {
      planId: plan.id,
      assignmentId: assignment.id,
      date,
      result,
      note: result === 'not_today' ? 'Нұрсұлтан ауырып қалды.' : null,
    });
  }
  await services.visits.create(meta(people.worker), {
    householdId: people.householdId,
    kind: 'home',
    visitedOn: '2026-11-10',
    personIds: [child],
    planId: plan.id,
    presentMemberIds: [child, key('aigul')],
    presentOthers: [],
    activityIds: ['mobility.walking-with-support', 'self-care.dressing-top'],
    assessmentIds: [],
    reviewIds: [review.id],
    notes:
      'Жоспарды бірге қайта қарадық. Анасына футболка кию жаттығуын көрсеттім: алды мен артын белгімен белгілеуді ұсындым.',
    nextVisitOn: '2026-11-24',
  });
  await services.visits.create(meta(people.worker), {
    householdId: people.householdId,
    kind: 'phone',
    visitedOn: '2026-11-18',
    personIds: [child],
    planId: plan.id,
    presentMemberIds: [key('aigul')],
    presentOthers: [],
    activityIds: [],
    assessmentIds: [],
    reviewIds: [],
    notes: 'Анасы қоңырау шалды: Нұрсұлтанның температурасы бар, бүгін жаттықпады.',
    nextVisitOn: '2026-12-01',
  });
}
