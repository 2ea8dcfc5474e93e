import type { InstrumentId } from '@birge/domain';

/**
 * Screenings and assessments of demo people (by member key), written as a worker would record
 * them; the seed stores them through the assessments service, so their scores, status and
 * screening results come from the instruments' own scoring rules, never from this file.
 */
export interface DemoAssessment {
  member: string;
  instrument: InstrumentId;
  assessedOn: string;
  answers: Record<string, number | string>;
  note?: string;
}

const wg = (
  seeing: number,
  hearing: number,
  walking: number,
  cognition: number,
  selfcare: number,
  communication: number,
) => ({ seeing, hearing, walking, cognition, selfcare, communication });

/** WHODAS 2.0 items S1–S12 (1 none … 5 extreme), then days with difficulty, unable, cut back. */
const whodas = (severities: number[], days: [number, number, number]) => ({
  ...Object.fromEntries(severities.map((value, i) => [`s${i + 1}`, value])),
  h1: days[0],
  h2: days[1],
  h3: days[2],
});

export const DEMO_ASSESSMENTS: DemoAssessment[] = [
  // Murat Zhaksylykov, after a stroke: screened, assessed, and again six months later.
  { member: 'murat', instrument: 'wg-ss', assessedOn: '2026-03-05', answers: wg(1, 2, 3, 2, 3, 2) },
  {
    member: 'murat',
    instrument: 'whodas-12',
    assessedOn: '2026-03-05',
    answers: whodas([4, 4, 3, 4, 3, 3, 5, 4, 3, 2, 2, 4], [30, 12, 10]),
    note: 'Инсульттан кейін жарты жыл; әйелі күтеді.',
  },
  { member: 'murat', instrument: 'wg-ss', assessedOn: '2026-09-10', answers: wg(1, 2, 3, 2, 2, 2) },
  {
    member: 'murat',
    instrument: 'whodas-12',
    assessedOn: '2026-09-10',
    answers: whodas([3, 3, 2, 3, 2, 2, 4, 3, 2, 2, 2, 3], [25, 5, 8]),
    note: 'Таяқпен аулаға шығады.',
  },
  {
    member: 'gulnar',
    instrument: 'wg-ss',
    assessedOn: '2026-03-05',
    answers: wg(2, 1, 1, 1, 1, 1),
  },
  {
    member: 'zeinep',
    instrument: 'wg-ss',
    assessedOn: '2026-04-10',
    answers: wg(4, 2, 2, 1, 2, 1),
  },
  {
    member: 'bauyrzhan',
    instrument: 'wg-ss',
    assessedOn: '2026-06-25',
    answers: wg(1, 3, 1, 1, 1, 2),
  },
  {
    member: 'zhanar',
    instrument: 'wg-ss',
    assessedOn: '2026-06-25',
    answers: wg(1, 1, 1, 1, 1, 1),
  },
  {
    // Aliya, Down syndrome, with her grandmother (the Seitkaliyevs are left for the screening demo).
    member: 'aliya',
    instrument: 'cfm-5-17',
    assessedOn: '2026-03-10',
    answers: {
      glasses: 2,
      hearingAid: 2,
      walkingEquipment: 2,
      seeing: 1,
      hearing: 2,
      walking100Compared: 2,
      walking500Compared: 2,
      selfCare: 3,
      understoodInsideHousehold: 2,
      understoodOutsideHousehold: 3,
      learning: 3,
      remembering: 3,
      concentrating: 2,
      acceptingChange: 2,
      controllingBehaviour: 2,
      makingFriends: 2,
      anxiety: 5,
      depression: 5,
    },
  },
  {
    // Dmitriy, autism.
    member: 'dmitriy',
    instrument: 'cfm-5-17',
    assessedOn: '2026-05-20',
    answers: {
      glasses: 2,
      hearingAid: 2,
      walkingEquipment: 2,
      seeing: 1,
      hearing: 1,
      walking100Compared: 1,
      walking500Compared: 1,
      selfCare: 2,
      understoodInsideHousehold: 2,
      understoodOutsideHousehold: 3,
      learning: 2,
      remembering: 1,
      concentrating: 3,
      acceptingChange: 4,
      controllingBehaviour: 3,
      makingFriends: 4,
      anxiety: 1,
      depression: 4,
    },
  },
  {
    // Aruzhan, four: screened with her family, no difficulty found.
    member: 'aruzhan',
    instrument: 'cfm-2-4',
    assessedOn: '2026-07-01',
    answers: {
      glasses: 2,
      hearingAid: 2,
      walkingEquipment: 2,
      seeing: 1,
      hearing: 1,
      walkingCompared: 1,
      pickingUpObjects: 1,
      understandingYou: 1,
      beingUnderstood: 1,
      learning: 1,
      playing: 1,
      kickingBitingHitting: 3,
    },
  },
  // Viktoriya Kim (Karasay, worker2), multiple sclerosis.
  {
    member: 'viktoriya',
    instrument: 'wg-ss',
    assessedOn: '2026-08-20',
    answers: wg(2, 1, 3, 2, 1, 1),
  },
  {
    member: 'viktoriya',
    instrument: 'whodas-12',
    assessedOn: '2026-08-20',
    // One answer refused: the simple and summary scores stay missing, never counted as zero.
    answers: { ...whodas([4, 3, 2, 3, 4, 3, 4, 2, 2, 1, 2, 3], [20, 4, 6]), s5: 'refused' },
  },
];
