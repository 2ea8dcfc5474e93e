import {
  atLeast,
  cfmScores,
  comparedAmountScale,
  difficulty,
  difficultyWithoutAidScale,
  exactly,
  ifNotYes,
  ifYes,
  scoreCfm,
  screenerItems,
  screensPositive,
  sections,
  seeingHearingItems,
} from './cfm.js';
import type { CfmDomain } from './cfm.js';
import type { InstrumentDefinition, InstrumentItem } from './instrument.js';
import { difficultyScale, yesNoScale } from './scales.js';

const SAME_AGE = {
  kk: 'Құрдастарымен салыстырғанда',
  ru: 'По сравнению с детьми того же возраста',
  en: 'Compared with children of the same age',
};

const items: InstrumentItem[] = [
  ...screenerItems(false),
  ...seeingHearingItems(false),
  {
    id: 'walkingWithoutEquipment',
    section: 'walking',
    scale: difficultyWithoutAidScale.id,
    text: {
      kk: 'Құралсыз немесе көмексіз балаңызға жүру қиын ба?',
      ru: 'Ребёнку трудно ходить без приспособления или помощи другого человека?',
      en: 'Without the equipment or help, does your child have difficulty walking?',
    },
    when: ifYes('walkingEquipment'),
  },
  difficulty(
    'walkingWithEquipment',
    'walking',
    {
      kk: 'Құралын пайдаланғанда немесе көмек алғанда балаңызға жүру қиын ба?',
      ru: 'Ребёнку трудно ходить с приспособлением или с помощью другого человека?',
      en: 'With the equipment or help, does your child have difficulty walking?',
    },
    ifYes('walkingEquipment'),
  ),
  difficulty(
    'walkingCompared',
    'walking',
    {
      kk: `${SAME_AGE.kk} балаңызға жүру қиын ба?`,
      ru: `${SAME_AGE.ru} ребёнку трудно ходить?`,
      en: `${SAME_AGE.en}, does your child have difficulty walking?`,
    },
    ifNotYes('walkingEquipment'),
  ),
  difficulty('pickingUpObjects', 'fineMotor', {
    kk: `${SAME_AGE.kk} балаңызға ұсақ заттарды қолымен алу қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно брать рукой мелкие предметы?`,
    en: `${SAME_AGE.en}, does your child have difficulty picking up small objects with the hand?`,
  }),
  difficulty('understandingYou', 'communication', {
    kk: 'Балаңызға сіздің айтқаныңызды түсіну қиын ба?',
    ru: 'Ребёнку трудно понимать вас?',
    en: 'Does your child have difficulty understanding you?',
  }),
  difficulty('beingUnderstood', 'communication', {
    kk: 'Балаңыз сөйлегенде оның сөзін түсіну сізге қиын ба?',
    ru: 'Когда ребёнок говорит, вам трудно его понять?',
    en: 'When your child speaks, do you have difficulty understanding your child?',
  }),
  difficulty('learning', 'learning', {
    kk: `${SAME_AGE.kk} балаңызға жаңа нәрселерді үйрену қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно учиться новому?`,
    en: `${SAME_AGE.en}, does your child have difficulty learning things?`,
  }),
  difficulty('playing', 'playing', {
    kk: `${SAME_AGE.kk} балаңызға ойнау қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно играть?`,
    en: `${SAME_AGE.en}, does your child have difficulty playing?`,
  }),
  {
    id: 'kickingBitingHitting',
    section: 'controllingBehaviour',
    scale: comparedAmountScale.id,
    text: {
      kk: `${SAME_AGE.kk} балаңыз басқа балаларды немесе ересектерді қаншалықты тебеді, тістейді не ұрады?`,
      ru: `${SAME_AGE.ru}, насколько часто ребёнок пинает, кусает или бьёт других детей или взрослых?`,
      en: `${SAME_AGE.en}, how much does your child kick, bite or hit other children or adults?`,
    },
  },
];

const severe = atLeast(3);

/**
 * Domains as MICS6 Table EQ.1.4 counts them for age 2–4 (UCF7–UCF19): walking counts all three
 * walking questions, without, with (UCF12) and compared with children of the same age.
 */
const DOMAINS: readonly CfmDomain[] = [
  { id: 'seeing', items: ['seeingWithGlasses', 'seeing'], qualifies: severe },
  { id: 'hearing', items: ['hearingWithAid', 'hearing'], qualifies: severe },
  {
    id: 'walking',
    items: ['walkingWithoutEquipment', 'walkingWithEquipment', 'walkingCompared'],
    qualifies: severe,
  },
  { id: 'fineMotor', items: ['pickingUpObjects'], qualifies: severe },
  { id: 'communication', items: ['understandingYou', 'beingUnderstood'], qualifies: severe },
  { id: 'learning', items: ['learning'], qualifies: severe },
  { id: 'playing', items: ['playing'], qualifies: severe },
  { id: 'controllingBehaviour', items: ['kickingBitingHitting'], qualifies: exactly(5) },
];

/**
 * UNICEF/Washington Group Child Functioning Module for children 2–4 years old (24–59 months),
 * answered by the mother or main caregiver (domain.md §4, docs/decisions/0015).
 */
export const cfm24: InstrumentDefinition = {
  id: 'cfm-2-4',
  version: '2026.1',
  title: {
    kk: 'Балалардың функционалдық мүмкіндіктері модулі (CFM), 2–4 жас',
    ru: 'Модуль о функционировании детей (CFM), 2–4 года',
    en: 'Child Functioning Module (CFM), ages 2–4',
  },
  summary: {
    kk: '2–4 жастағы баланың сегіз саладағы функционалдық қиындықтары туралы анасына немесе баланы негізгі күтетін адамға қойылатын сұрақтар.',
    ru: 'Вопросы матери или основному опекуну о функциональных затруднениях ребёнка 2–4 лет в восьми областях.',
    en: 'Questions to the mother or main caregiver on functional difficulty of a child aged 2–4 in eight domains.',
  },
  source:
    'UNICEF/Washington Group Child Functioning Module, age 2–4; MICS6 Questionnaire for Children Under Five (UCF) and MICS6 tabulation (Table EQ.1.4)',
  respondent: 'caregiver',
  ages: { minMonths: 24, maxMonths: 59 },
  sections: sections([
    'screeners',
    'seeing',
    'hearing',
    'walking',
    'fineMotor',
    'communication',
    'learning',
    'playing',
    'controllingBehaviour',
  ]),
  scales: [yesNoScale, difficultyScale, difficultyWithoutAidScale, comparedAmountScale],
  items,
  scores: cfmScores({
    kk: 'Кемінде бір салада «қиындық көп» немесе «мүлде жасай алмайды»; мінез-құлықта — құрдастарынан «әлдеқайда көп».',
    ru: 'Хотя бы в одной области «много затруднений» или «совсем не может»; в поведении — «намного больше», чем у сверстников.',
    en: 'At least one domain with a lot of difficulty or cannot do at all; for behaviour, a lot more than children of the same age.',
  }),
  score: (answers) => scoreCfm(items, DOMAINS, answers),
  screensPositive,
};
