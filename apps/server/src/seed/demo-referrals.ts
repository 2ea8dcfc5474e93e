import {
  addDays,
  referralInputSchema,
  referralStatusChangeSchema,
  todayIso,
  type ReferralInput,
  type ReferralStatusChange,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { RequestMeta, SessionUser } from '../http/context.js';
import type { Services } from '../services.js';
import { DEMO_PROVIDER_ORGANIZATION } from './demo-organizations.js';

/**
 * Demo referrals (issue 6), dated from the day the demo is loaded so they stay current: Nursultan
 * to the rehabilitation centre in Kaskelen (accepted, appointment in five days), Aliya to the
 * Talgar ПМПК where the demo `provider` works (sent three weeks ago, not answered: overdue, so it
 * is among the worker's tasks and the provider's inbox), and Aruzhan to the Talgar КППК (a closed
 * loop). Steps the services reported by phone are recorded by the worker, as in practice.
 */
interface DemoReferral {
  member: string;
  organization: string;
  input: Omit<ReferralInput, 'personId' | 'organizationId' | 'sentOn'>;
  sentDaysAgo: number;
  steps: (Omit<ReferralStatusChange, 'date' | 'appointmentOn'> & {
    daysAgo: number;
    appointmentInDays?: number;
  })[];
}

const DEMO_REFERRALS: DemoReferral[] = [
  {
    member: 'nursultan',
    organization: 'kaskelen-rehabilitation',
    sentDaysAgo: 12,
    input: {
      reason:
        'Нұрсұлтанға жүргізгішті бойына қарай баптау және екі апталық физиотерапия курсы қажет. Үйде отбасымен жаттығады, жоспардың мақсаты — қақпаға дейін өзі жүріп бару.',
      elements: ['health.rehabilitation', 'health.assistive_devices'],
      urgency: 'soon',
      shared: ['contact', 'disability', 'plan'],
      note: 'Анасы Айгүл әкеледі; сейсенбі мен бейсенбіден басқа күндер ыңғайлы.',
    },
    steps: [
      { status: 'accepted', daysAgo: 9, note: 'Орталық жолдаманы қабылдады (телефонмен).' },
      {
        status: 'scheduled',
        daysAgo: 8,
        appointmentInDays: 5,
        note: 'Физиотерапевт қабылдайды, сағат 10:00. Жүргізгішті ала келу керек.',
      },
    ],
  },
  {
    member: 'aliya',
    organization: DEMO_PROVIDER_ORGANIZATION,
    sentDaysAgo: 21,
    input: {
      reason:
        'Әлия 6 жаста, ешбір балабақшаға не мектепке бармайды. Келесі оқу жылына оқу жағдайлары мен қолдау туралы ПМПК қорытындысы қажет.',
      elements: ['education.early_childhood', 'education.primary'],
      urgency: 'routine',
      shared: ['disability', 'assessments'],
      note: null,
    },
    steps: [],
  },
  {
    member: 'aruzhan',
    organization: 'talgar-kppk',
    sentDaysAgo: 40,
    input: {
      reason:
        'Аружан 4 жаста, сөйлеуі кешігіп дамып келеді. Логопед пен психологтың тұрақты көмегі қажет.',
      elements: ['education.early_childhood'],
      urgency: 'routine',
      shared: ['contact'],
      note: null,
    },
    steps: [
      { status: 'accepted', daysAgo: 36, note: null },
      {
        status: 'completed',
        daysAgo: 30,
        note: 'Аружан КППК-да аптасына екі рет логопедпен айналысады; жарты жылдан кейін қайта қаралады.',
      },
    ],
  },
];

export async function seedDemoReferrals(
  services: Services,
  worker: SessionUser,
  members: Map<string, string>,
  organizations: Map<string, string>,
): Promise<number> {
  const meta: RequestMeta = { actor: worker, ip: null, userAgent: 'birge-seed', requestId: null };
  const today = todayIso();
  for (const r of DEMO_REFERRALS) {
    const personId = members.get(r.member);
    const organizationId = organizations.get(r.organization);
    if (!personId || !organizationId)
      throw new Error(`demo referral of ${r.member} to ${r.organization}: unknown key`);
    const sent = await services.referrals.create(
      meta,
      referralInputSchema.parse({
        ...r.input,
        id: uuidv7(),
        personId,
        organizationId,
        sentOn: addDays(today, -r.sentDaysAgo),
      }),
      'kk',
    );
    for (const { daysAgo, appointmentInDays, ...step } of r.steps)
      await services.referrals.changeStatus(
        meta,
        sent.id,
        referralStatusChangeSchema.parse({
          ...step,
          date: addDays(today, -daysAgo),
          appointmentOn: appointmentInDays === undefined ? null : addDays(today, appointmentInDays),
        }),
        'kk',
      );
  }
  return DEMO_REFERRALS.length;
}
