import {
  educationStatusInputSchema,
  kppkSupportInputSchema,
  livelihoodInputSchema,
  pmpkConclusionInputSchema,
} from '@birge/domain';
import type { RequestMeta, SessionUser } from '../http/context.js';
import type { Services } from '../services.js';

/**
 * Demo education and livelihood (issue 6): Nursultan (9, cerebral palsy) was unorganized, then
 * the ПМПК recommended home-based education with a special teacher and he learns at home with КППК
 * sessions; Әлия (6, Down syndrome) attends nothing — the kindergarten had no place — so she counts
 * as in no education (the issue's journey starts with her); Dmitriy (16) is in an inclusive class;
 * Аружан (4) has no status recorded yet, shown apart from "none". Adults: Бауыржан (deaf, group
 * III) is a self-employed carpenter in a self-help group; Айгүл is at home caring for Nursultan
 * with the carer's allowance; Мұрат, Әлия's grandfather, lives on his pension and his garden.
 */
export async function seedDemoEducation(
  services: Services,
  worker: SessionUser,
  members: Map<string, string>,
): Promise<void> {
  const meta: RequestMeta = { actor: worker, ip: null, userAgent: 'birge-seed', requestId: null };
  const id = (key: string) => {
    const personId = members.get(key);
    if (!personId) throw new Error(`demo member ${key} missing`);
    return personId;
  };
  const status = (key: string, input: Record<string, unknown>) =>
    services.education.addStatus(meta, id(key), educationStatusInputSchema.parse(input));

  await status('nursultan', {
    status: 'none',
    from: '2023-09-01',
    note: 'Мектепке бармады: жүре алмайды, мектепте пандус жоқ.',
  });
  await services.education.addPmpk(
    meta,
    id('nursultan'),
    pmpkConclusionInputSchema.parse({
      concludedOn: '2024-05-20',
      specialNeeds: true,
      needsDescription: 'Қимыл-қозғалыс бұзылысы, сөйлеу тілінің дамымауы',
      conditions: ['home_based', 'special_teacher', 'speech_therapist', 'adapted_materials'],
      note: 'Талғар аудандық ПМПК',
    }),
  );
  await status('nursultan', {
    status: 'home_based',
    from: '2024-09-01',
    institution: 'Талғар қаласының №1 орта мектебі',
    grade: '3',
  });
  await services.education.addKppk(
    meta,
    id('nursultan'),
    kppkSupportInputSchema.parse({
      kind: 'correctional_developmental',
      from: '2024-10-01',
      provider: 'Талғар аудандық КППК',
      note: 'Аптасына екі рет үйде',
    }),
  );

  await status('aliya', {
    status: 'none',
    from: '2024-09-01',
    note: 'Балабақшада орын болмады; әжесі үйде қарайды.',
  });
  await status('dmitriy', {
    status: 'general_school_inclusive',
    from: '2017-09-01',
    institution: 'Талгарская средняя школа № 5',
    grade: '10 Б',
  });

  const livelihood = (key: string, input: Record<string, unknown>) =>
    services.livelihood.add(meta, id(key), livelihoodInputSchema.parse(input));
  await livelihood('bauyrzhan', {
    recordedOn: '2026-06-20',
    workStatus: 'self_employed',
    occupation: 'Ағаш ұстасы, үйде шеберхана',
    training: 'completed',
    trainingName: 'Ағаш өңдеу курсы (жұмыспен қамту орталығы)',
    incomeSources: ['self_employment', 'state_benefits'],
    benefits: ['disability_allowance'],
    selfHelpGroup: true,
    selfHelpGroupName: 'Талғар саңыраулар тобы',
  });
  await livelihood('aigul', {
    recordedOn: '2026-02-10',
    workStatus: 'homemaker',
    incomeSources: ['state_benefits', 'family_support'],
    benefits: ['carer_allowance'],
    note: 'Нұрсұлтанды күтеді; тігін курсына барғысы келеді.',
  });
  await livelihood('murat', {
    recordedOn: '2026-03-01',
    workStatus: 'pensioner',
    incomeSources: ['pension', 'farming'],
  });
}
