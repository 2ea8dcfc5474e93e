import { holds, identifier } from './engine.js';
import type {
  Answer,
  Answers,
  AnswerScale,
  Condition,
  InstrumentItem,
  InstrumentSection,
  LocalText,
  ScoreDefinition,
  Scores,
} from './instrument.js';
import { difficultyScale } from './scales.js';

/**
 * Parts shared by the two age versions of the UNICEF/Washington Group Child Functioning Module
 * (domain.md §4, docs/decisions/0015): the extra answer scales, the aid screeners with the seeing
 * and hearing questions they reword, section titles, and scoring by the MICS6 tabulation with the
 * WG missing-data rule.
 */

/**
 * "Without the equipment or assistance" is asked only of children who use it, so the CFM offers no
 * "no difficulty" there: 2 some, 3 a lot, 4 cannot do at all.
 */
export const difficultyWithoutAidScale: AnswerScale = {
  id: 'difficulty-without-aid',
  options: difficultyScale.options.filter((o) => o.code !== 1),
};

/** Kicking, biting, hitting compared with children of the same age (2–4): cut-off 5 only. */
export const comparedAmountScale: AnswerScale = {
  id: 'compared-amount',
  options: [
    { code: 1, label: { kk: 'Мүлде жоқ', ru: 'Совсем нет', en: 'Not at all' } },
    { code: 2, label: { kk: 'Азырақ', ru: 'Меньше', en: 'Less' } },
    { code: 3, label: { kk: 'Бірдей', ru: 'Так же', en: 'The same' } },
    { code: 4, label: { kk: 'Көбірек', ru: 'Больше', en: 'More' } },
    { code: 5, label: { kk: 'Әлдеқайда көп', ru: 'Намного больше', en: 'A lot more' } },
  ],
};

/** How often the child seems anxious or sad (5–17): cut-off 1 (daily) only. */
export const frequencyScale: AnswerScale = {
  id: 'frequency',
  options: [
    { code: 1, label: { kk: 'Күн сайын', ru: 'Каждый день', en: 'Daily' } },
    { code: 2, label: { kk: 'Апта сайын', ru: 'Каждую неделю', en: 'Weekly' } },
    { code: 3, label: { kk: 'Ай сайын', ru: 'Каждый месяц', en: 'Monthly' } },
    {
      code: 4,
      label: { kk: 'Жылына бірнеше рет', ru: 'Несколько раз в год', en: 'A few times a year' },
    },
    { code: 5, label: { kk: 'Ешқашан', ru: 'Никогда', en: 'Never' } },
  ],
};

/** Every section title either version uses; each version picks its own in its order. */
export const SECTION_TITLES = {
  screeners: { kk: 'Көмекші құралдар', ru: 'Вспомогательные средства', en: 'Aids and assistance' },
  seeing: { kk: 'Көру', ru: 'Зрение', en: 'Seeing' },
  hearing: { kk: 'Есту', ru: 'Слух', en: 'Hearing' },
  walking: { kk: 'Жүру', ru: 'Ходьба', en: 'Walking' },
  fineMotor: { kk: 'Ұсақ моторика', ru: 'Мелкая моторика', en: 'Fine motor' },
  selfCare: { kk: 'Өзін-өзі күту', ru: 'Самообслуживание', en: 'Self-care' },
  communication: { kk: 'Қарым-қатынас', ru: 'Общение', en: 'Communication' },
  learning: { kk: 'Үйрену', ru: 'Обучение', en: 'Learning' },
  remembering: { kk: 'Есте сақтау', ru: 'Запоминание', en: 'Remembering' },
  concentrating: { kk: 'Зейін қою', ru: 'Сосредоточенность', en: 'Concentrating' },
  acceptingChange: {
    kk: 'Өзгерісті қабылдау',
    ru: 'Принятие перемен',
    en: 'Accepting change',
  },
  playing: { kk: 'Ойын', ru: 'Игра', en: 'Playing' },
  controllingBehaviour: {
    kk: 'Мінез-құлықты басқару',
    ru: 'Контроль поведения',
    en: 'Controlling behaviour',
  },
  makingFriends: { kk: 'Дос табу', ru: 'Дружба', en: 'Making friends' },
  anxiety: { kk: 'Мазасыздық', ru: 'Тревожность', en: 'Anxiety' },
  depression: { kk: 'Мұңдану', ru: 'Подавленность', en: 'Depression' },
} as const satisfies Record<string, LocalText>;

export type CfmSectionId = keyof typeof SECTION_TITLES;

export const sections = (ids: readonly CfmSectionId[]): InstrumentSection[] =>
  ids.map((id) => ({ id, title: SECTION_TITLES[id] }));

/** Asked only when the screener is "yes". */
export const ifYes = (item: string): Condition => ({ item, in: [1] });
/** Asked when the screener is not "yes": "no", or not known (as the MICS6 check boxes route). */
export const ifNotYes = (item: string): Condition => ({ not: ifYes(item) });

export const difficulty = (
  id: string,
  section: CfmSectionId,
  text: LocalText,
  when?: Condition,
): InstrumentItem => ({ id, section, scale: difficultyScale.id, text, ...(when ? { when } : {}) });

/** The three aid screeners, in MICS6 order; 5–17 asks about contact lenses too. */
export function screenerItems(contactLenses: boolean): InstrumentItem[] {
  const yesNo = (id: string, text: LocalText): InstrumentItem => ({
    id,
    section: 'screeners',
    scale: 'yes-no',
    text,
  });
  return [
    yesNo(
      'glasses',
      contactLenses
        ? {
            kk: 'Балаңыз көзілдірік киіп не контактілі линза тағып жүре ме?',
            ru: 'Ребёнок носит очки или контактные линзы?',
            en: 'Does your child wear glasses or contact lenses?',
          }
        : {
            kk: 'Балаңыз көзілдірік киеді ме?',
            ru: 'Ребёнок носит очки?',
            en: 'Does your child wear glasses?',
          },
    ),
    yesNo('hearingAid', {
      kk: 'Балаңыз есту аппаратын пайдаланады ма?',
      ru: 'Ребёнок пользуется слуховым аппаратом?',
      en: 'Does your child use a hearing aid?',
    }),
    yesNo('walkingEquipment', {
      kk: 'Балаңыз жүру үшін қандай да бір құрал пайдаланады ма немесе біреудің көмегіне сүйене ме?',
      ru: 'Ребёнок пользуется при ходьбе каким-либо приспособлением или помощью другого человека?',
      en: 'Does your child use any equipment or get help from someone for walking?',
    }),
  ];
}

/** Seeing and hearing, each worded for a child with or without the aid (two items, one asked). */
export function seeingHearingItems(contactLenses: boolean): InstrumentItem[] {
  const sounds = {
    kk: 'адамдардың дауысы немесе музыка сияқты дыбыстарды есту',
    ru: 'слышать звуки, например голоса людей или музыку',
    en: 'hearing sounds like people’s voices or music',
  };
  return [
    difficulty(
      'seeingWithGlasses',
      'seeing',
      contactLenses
        ? {
            kk: 'Көзілдірігін киіп не линзасын тағып жүргенде балаңызға көру қиын ба?',
            ru: 'Ребёнку трудно видеть, когда он в очках или контактных линзах?',
            en: 'When wearing glasses or contact lenses, does your child have difficulty seeing?',
          }
        : {
            kk: 'Көзілдірігін киіп жүргенде балаңызға көру қиын ба?',
            ru: 'Ребёнку трудно видеть, когда он в очках?',
            en: 'When wearing glasses, does your child have difficulty seeing?',
          },
      ifYes('glasses'),
    ),
    difficulty(
      'seeing',
      'seeing',
      {
        kk: 'Балаңызға көру қиын ба?',
        ru: 'Ребёнку трудно видеть?',
        en: 'Does your child have difficulty seeing?',
      },
      ifNotYes('glasses'),
    ),
    difficulty(
      'hearingWithAid',
      'hearing',
      {
        kk: `Есту аппаратын пайдаланғанда балаңызға ${sounds.kk} қиын ба?`,
        ru: `Ребёнку трудно ${sounds.ru}, когда он пользуется слуховым аппаратом?`,
        en: `When using the hearing aid, does your child have difficulty ${sounds.en}?`,
      },
      ifYes('hearingAid'),
    ),
    difficulty(
      'hearing',
      'hearing',
      {
        kk: `Балаңызға ${sounds.kk} қиын ба?`,
        ru: `Ребёнку трудно ${sounds.ru}?`,
        en: `Does your child have difficulty ${sounds.en}?`,
      },
      ifNotYes('hearingAid'),
    ),
  ];
}

export const atLeast = (min: number) => (code: Answer) => typeof code === 'number' && code >= min;
export const exactly = (value: number) => (code: Answer) => code === value;

/** A domain as the MICS6 tabulation counts it: its items and the codes that meet the cut-off. */
export interface CfmDomain {
  readonly id: string;
  /** Items the tabulation counts; only those the skip rules ask are needed. */
  readonly items: readonly string[];
  readonly qualifies: (code: Answer) => boolean;
}

export type DomainResult = 1 | 0 | null;

/**
 * Domain results and the overall identifier with the WG missing-data rule: a domain is 1 as soon
 * as an asked item meets the cut-off, 0 only when every asked item is known, otherwise null; the
 * child has functional difficulty on the same rule over the domains.
 */
export function scoreCfm(
  items: readonly InstrumentItem[],
  domains: readonly CfmDomain[],
  answers: Answers,
): Scores {
  const byId = new Map(items.map((i) => [i.id, i]));
  const asked = (id: string) => {
    const item = byId.get(id);
    return item !== undefined && (!item.when || holds(item.when, answers, {}));
  };
  const results: Record<string, DomainResult> = {};
  for (const domain of domains) {
    const needed = domain.items.filter(asked);
    results[domain.id] =
      needed.length === 0
        ? null
        : identifier(
            needed.map((id) => answers[id]),
            domain.qualifies,
          );
  }
  const functionalDifficulty = identifier(
    Object.values(results).map((r) => r ?? undefined),
    (r) => r === 1,
  );
  return { functionalDifficulty, domains: results };
}

export const screensPositive = (scores: Scores): boolean | null =>
  scores.functionalDifficulty === null || scores.functionalDifficulty === undefined
    ? null
    : scores.functionalDifficulty === 1;

/** The two scores, with the cut-off sentence of each version. */
export function cfmScores(cutOff: LocalText): ScoreDefinition[] {
  return [
    {
      name: 'functionalDifficulty',
      label: {
        kk: 'Функционалдық қиындық',
        ru: 'Функциональные затруднения',
        en: 'Functional difficulty',
      },
      description: cutOff,
      plot: 'identifier',
    },
    {
      name: 'domains',
      label: { kk: 'Салалар бойынша', ru: 'По областям', en: 'By domain' },
      description: {
        kk: 'Әр сала үшін: 1 — шекті мәнге жетті, 0 — жеткен жоқ, бос — жауаптар жетіспейді.',
        ru: 'Для каждой области: 1 — порог достигнут, 0 — не достигнут, пусто — не хватает ответов.',
        en: 'For each domain: 1 meets the cut-off, 0 does not, empty when answers are missing.',
      },
      plot: 'none',
    },
  ];
}
