import {
  atLeast,
  cfmScores,
  difficulty,
  difficultyWithoutAidScale,
  exactly,
  frequencyScale,
  ifNotYes,
  ifYes,
  scoreCfm,
  screenerItems,
  screensPositive,
  sections,
  seeingHearingItems,
} from './cfm.js';
import type { CfmDomain } from './cfm.js';
import type { Condition, InstrumentDefinition, InstrumentItem, LocalText } from './instrument.js';
import { difficultyScale, yesNoScale } from './scales.js';

const SAME_AGE = {
  kk: 'Құрдастарымен салыстырғанда',
  ru: 'По сравнению с детьми того же возраста',
  en: 'Compared with children of the same age',
};

type Path = 'WithoutEquipment' | 'WithEquipment' | 'Compared';

/** How the child walks on each path; Russian puts the comparison first and the aid last. */
const HOW: Record<Path, { kk: string; ru: readonly [string, string]; en: string }> = {
  WithoutEquipment: {
    kk: 'Құралсыз немесе көмексіз',
    ru: ['Ребёнку', ' без приспособления или помощи другого человека'],
    en: 'Without the equipment or help',
  },
  WithEquipment: {
    kk: 'Құралын пайдаланғанда немесе көмек алғанда',
    ru: ['Ребёнку', ' с приспособлением или с помощью другого человека'],
    en: 'With the equipment or help',
  },
  Compared: { kk: SAME_AGE.kk, ru: [`${SAME_AGE.ru} ребёнку`, ''], en: SAME_AGE.en },
};

const FIELDS: Record<100 | 500, LocalText> = {
  100: { kk: 'бір футбол алаңының', ru: 'одного футбольного поля', en: 'one football field' },
  500: { kk: 'бес футбол алаңының', ru: 'пяти футбольных полей', en: 'five football fields' },
};

/**
 * One walking question. The path follows the equipment screener; 500 m is asked only after
 * 100 m was 1 or 2 on the same path (MICS6 skips it after "a lot" or "cannot do at all").
 */
function walk(path: Path, metres: 100 | 500): InstrumentItem {
  const onPath = path === 'Compared' ? ifNotYes('walkingEquipment') : ifYes('walkingEquipment');
  const when: Condition =
    metres === 100 ? onPath : { all: [onPath, { item: `walking100${path}`, in: [1, 2] }] };
  return {
    id: `walking${metres}${path}`,
    section: 'walking',
    scale: path === 'WithoutEquipment' ? difficultyWithoutAidScale.id : difficultyScale.id,
    text: {
      kk: `${HOW[path].kk} балаңызға тегіс жерде ${metres} метр жүру қиын ба? Бұл шамамен ${FIELDS[metres].kk} ұзындығы.`,
      ru: `${HOW[path].ru[0]} трудно пройти ${metres} метров по ровной местности${HOW[path].ru[1]}? Это примерно длина ${FIELDS[metres].ru}.`,
      en: `${HOW[path].en}, does your child have difficulty walking ${metres} metres on level ground? That is about the length of ${FIELDS[metres].en}.`,
    },
    when,
  };
}

const items: InstrumentItem[] = [
  ...screenerItems(true),
  ...seeingHearingItems(true),
  walk('WithoutEquipment', 100),
  walk('WithoutEquipment', 500),
  walk('WithEquipment', 100),
  walk('WithEquipment', 500),
  walk('Compared', 100),
  walk('Compared', 500),
  difficulty('selfCare', 'selfCare', {
    kk: 'Балаңызға өзін-өзі күту, мысалы, өздігінен тамақ ішу немесе киіну қиын ба?',
    ru: 'Ребёнку трудно обслуживать себя, например самостоятельно есть или одеваться?',
    en: 'Does your child have difficulty with self-care such as feeding or dressing themselves?',
  }),
  difficulty('understoodInsideHousehold', 'communication', {
    kk: 'Балаңыз сөйлегенде онымен бір үйде тұратын адамдарға оның сөзін түсіну қиын ба?',
    ru: 'Когда ребёнок говорит, людям, которые живут с ним в одном доме, трудно его понять?',
    en: 'When your child speaks, does your child have difficulty being understood by people in this household?',
  }),
  difficulty('understoodOutsideHousehold', 'communication', {
    kk: 'Балаңыз сөйлегенде бұл үйде тұрмайтын адамдарға оның сөзін түсіну қиын ба?',
    ru: 'Когда ребёнок говорит, людям, которые не живут с ним в одном доме, трудно его понять?',
    en: 'When your child speaks, does your child have difficulty being understood by people outside this household?',
  }),
  difficulty('learning', 'learning', {
    kk: `${SAME_AGE.kk} балаңызға жаңа нәрселерді үйрену қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно учиться новому?`,
    en: `${SAME_AGE.en}, does your child have difficulty learning things?`,
  }),
  difficulty('remembering', 'remembering', {
    kk: `${SAME_AGE.kk} балаңызға бір нәрсені есте сақтау қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно запоминать?`,
    en: `${SAME_AGE.en}, does your child have difficulty remembering things?`,
  }),
  difficulty('concentrating', 'concentrating', {
    kk: 'Балаңызға өзі ұнататын іске зейін қою қиын ба?',
    ru: 'Ребёнку трудно сосредоточиться на занятии, которое ему нравится?',
    en: 'Does your child have difficulty concentrating on an activity they enjoy doing?',
  }),
  difficulty('acceptingChange', 'acceptingChange', {
    kk: 'Балаңызға күн тәртібіндегі өзгерістерді қабылдау қиын ба?',
    ru: 'Ребёнку трудно принимать изменения привычного распорядка?',
    en: 'Does your child have difficulty accepting changes in their routine?',
  }),
  difficulty('controllingBehaviour', 'controllingBehaviour', {
    kk: `${SAME_AGE.kk} балаңызға өзін ұстау, яғни мінез-құлқын басқару қиын ба?`,
    ru: `${SAME_AGE.ru} ребёнку трудно контролировать своё поведение?`,
    en: `${SAME_AGE.en}, does your child have difficulty controlling their behaviour?`,
  }),
  difficulty('makingFriends', 'makingFriends', {
    kk: 'Балаңызға дос табу қиын ба?',
    ru: 'Ребёнку трудно заводить друзей?',
    en: 'Does your child have difficulty making friends?',
  }),
  {
    id: 'anxiety',
    section: 'anxiety',
    scale: frequencyScale.id,
    text: {
      kk: 'Балаңыз қаншалықты жиі қатты мазасызданып, қобалжып немесе уайымдап жүргендей көрінеді?',
      ru: 'Как часто ребёнок выглядит очень встревоженным, нервным или обеспокоенным?',
      en: 'How often does your child seem very anxious, nervous or worried?',
    },
  },
  {
    id: 'depression',
    section: 'depression',
    scale: frequencyScale.id,
    text: {
      kk: 'Балаңыз қаншалықты жиі қатты мұңайып немесе күйзеліп жүргендей көрінеді?',
      ru: 'Как часто ребёнок выглядит очень грустным или подавленным?',
      en: 'How often does your child seem very sad or depressed?',
    },
  },
];

const severe = atLeast(3);
const single = (id: string): CfmDomain => ({ id, items: [id], qualifies: severe });

/**
 * Domains as MICS6 Table EQ.1.4 counts them for age 5–17 (FCF6–FCF26): walking counts 100 and
 * 500 m without the equipment (FCF10–11) or compared with children of the same age (FCF14–15);
 * the answers with the equipment (FCF12–13) are recorded but not counted.
 */
const DOMAINS: readonly CfmDomain[] = [
  { id: 'seeing', items: ['seeingWithGlasses', 'seeing'], qualifies: severe },
  { id: 'hearing', items: ['hearingWithAid', 'hearing'], qualifies: severe },
  {
    id: 'walking',
    items: [
      'walking100WithoutEquipment',
      'walking500WithoutEquipment',
      'walking100Compared',
      'walking500Compared',
    ],
    qualifies: severe,
  },
  single('selfCare'),
  {
    id: 'communication',
    items: ['understoodInsideHousehold', 'understoodOutsideHousehold'],
    qualifies: severe,
  },
  single('learning'),
  single('remembering'),
  single('concentrating'),
  single('acceptingChange'),
  single('controllingBehaviour'),
  single('makingFriends'),
  { id: 'anxiety', items: ['anxiety'], qualifies: exactly(1) },
  { id: 'depression', items: ['depression'], qualifies: exactly(1) },
];

/**
 * UNICEF/Washington Group Child Functioning Module for children and adolescents 5–17 years old
 * (60–215 months), answered by the mother or main caregiver (domain.md §4, docs/decisions/0015).
 */
export const cfm517: InstrumentDefinition = {
  id: 'cfm-5-17',
  version: '2026.1',
  title: {
    kk: 'Балалардың функционалдық мүмкіндіктері модулі (CFM), 5–17 жас',
    ru: 'Модуль о функционировании детей (CFM), 5–17 лет',
    en: 'Child Functioning Module (CFM), ages 5–17',
  },
  summary: {
    kk: '5–17 жастағы баланың он үш саладағы функционалдық қиындықтары туралы анасына немесе баланы негізгі күтетін адамға қойылатын сұрақтар.',
    ru: 'Вопросы матери или основному опекуну о функциональных затруднениях ребёнка 5–17 лет в тринадцати областях.',
    en: 'Questions to the mother or main caregiver on functional difficulty of a child aged 5–17 in thirteen domains.',
  },
  source:
    'UNICEF/Washington Group Child Functioning Module, age 5–17; MICS6 Questionnaire for Children Age 5–17 (FCF) and MICS6 tabulation (Table EQ.1.4)',
  respondent: 'caregiver',
  ages: { minMonths: 60, maxMonths: 215 },
  sections: sections([
    'screeners',
    'seeing',
    'hearing',
    'walking',
    'selfCare',
    'communication',
    'learning',
    'remembering',
    'concentrating',
    'acceptingChange',
    'controllingBehaviour',
    'makingFriends',
    'anxiety',
    'depression',
  ]),
  scales: [yesNoScale, difficultyScale, difficultyWithoutAidScale, frequencyScale],
  items,
  scores: cfmScores({
    kk: 'Кемінде бір салада «қиындық көп» немесе «мүлде жасай алмайды»; мазасыздық пен мұңдануда — «күн сайын».',
    ru: 'Хотя бы в одной области «много затруднений» или «совсем не может»; для тревожности и подавленности — «каждый день».',
    en: 'At least one domain with a lot of difficulty or cannot do at all; for anxiety and depression, daily.',
  }),
  score: (answers) => scoreCfm(items, DOMAINS, answers),
  screensPositive,
};
