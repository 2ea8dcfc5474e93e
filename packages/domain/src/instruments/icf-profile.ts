import { known } from './engine.js';
import { ICF_CHAPTERS, chapterOf, componentOf, type IcfCategory } from './icf-category.js';
import { ICF_BODY_FUNCTIONS } from './icf-data-b.js';
import { ICF_ACTIVITIES } from './icf-data-d.js';
import { ICF_ENVIRONMENT } from './icf-data-e.js';
import type {
  AnswerScale,
  Answers,
  InstrumentDefinition,
  InstrumentItem,
  LocalText,
  ScoreValue,
} from './instrument.js';

/**
 * A worker's ICF profile of one person (domain.md §7; docs/decisions/0016): a curated list of ICF
 * categories common in community-based rehabilitation, each rated with the ICF qualifiers. Body
 * functions take the generic qualifier (item `b130`); activities and participation take two, the
 * first performance and the second capacity without assistance (`d450.performance`,
 * `d450.capacity`); environmental factors take a barrier or facilitator qualifier (`e310`).
 */

/** The generic qualifier: 0–4 the extent of the problem, 8 not specified, 9 not applicable. */
const qualifierScale: AnswerScale = {
  id: 'icf-qualifier',
  options: [
    {
      code: 0,
      label: { kk: 'Проблема жоқ (0–4%)', ru: 'Нет проблемы (0–4%)', en: 'No problem (0–4%)' },
    },
    { code: 1, label: { kk: 'Жеңіл (5–24%)', ru: 'Лёгкая (5–24%)', en: 'Mild (5–24%)' } },
    {
      code: 2,
      label: { kk: 'Орташа (25–49%)', ru: 'Умеренная (25–49%)', en: 'Moderate (25–49%)' },
    },
    { code: 3, label: { kk: 'Ауыр (50–95%)', ru: 'Тяжёлая (50–95%)', en: 'Severe (50–95%)' } },
    {
      code: 4,
      label: { kk: 'Толық (96–100%)', ru: 'Абсолютная (96–100%)', en: 'Complete (96–100%)' },
    },
    { code: 8, label: { kk: 'Нақтыланбаған', ru: 'Не уточнено', en: 'Not specified' } },
    { code: 9, label: { kk: 'Қолданылмайды', ru: 'Неприменимо', en: 'Not applicable' } },
  ],
};

/**
 * Environmental factors: "." a barrier, "+" a facilitator, then the extent 0–4; ".8" and "+8" a
 * barrier or facilitator of unstated extent; ".9" not applicable. String codes, as the ICF writes
 * them, so ".2" and "+2" stay apart.
 */
const environmentScale: AnswerScale = {
  id: 'icf-environment',
  options: [
    { code: '.0', label: { kk: 'Кедергі жоқ', ru: 'Барьера нет', en: 'No barrier' } },
    { code: '.1', label: { kk: 'Жеңіл кедергі', ru: 'Лёгкий барьер', en: 'Mild barrier' } },
    { code: '.2', label: { kk: 'Орташа кедергі', ru: 'Умеренный барьер', en: 'Moderate barrier' } },
    { code: '.3', label: { kk: 'Ауыр кедергі', ru: 'Тяжёлый барьер', en: 'Severe barrier' } },
    { code: '.4', label: { kk: 'Толық кедергі', ru: 'Абсолютный барьер', en: 'Complete barrier' } },
    { code: '+0', label: { kk: 'Көмегі жоқ', ru: 'Не облегчает', en: 'No facilitator' } },
    {
      code: '+1',
      label: { kk: 'Аздап көмектеседі', ru: 'Немного облегчает', en: 'Mild facilitator' },
    },
    {
      code: '+2',
      label: { kk: 'Орташа көмектеседі', ru: 'Умеренно облегчает', en: 'Moderate facilitator' },
    },
    {
      code: '+3',
      label: {
        kk: 'Едәуір көмектеседі',
        ru: 'Значительно облегчает',
        en: 'Substantial facilitator',
      },
    },
    {
      code: '+4',
      label: { kk: 'Толық көмектеседі', ru: 'Полностью облегчает', en: 'Complete facilitator' },
    },
    {
      code: '.8',
      label: {
        kk: 'Кедергі, дәрежесі белгісіз',
        ru: 'Барьер, степень не уточнена',
        en: 'Barrier, not specified',
      },
    },
    {
      code: '+8',
      label: {
        kk: 'Көмектеседі, дәрежесі белгісіз',
        ru: 'Облегчает, степень не уточнена',
        en: 'Facilitator, not specified',
      },
    },
    { code: '.9', label: { kk: 'Қолданылмайды', ru: 'Неприменимо', en: 'Not applicable' } },
  ],
};

const BARRIERS: readonly string[] = ['.1', '.2', '.3', '.4', '.8'];
const FACILITATORS: readonly string[] = ['+1', '+2', '+3', '+4', '+8'];
const ENVIRONMENT_EXTENT = /^[.+][0-4]$/;

const PERFORMANCE: { label: LocalText; note: LocalText } = {
  label: { kk: 'іс жүзінде', ru: 'реализация', en: 'performance' },
  note: {
    kk: 'Шын өмірде, бар көмекпен',
    ru: 'В жизни, с имеющейся помощью',
    en: 'In daily life, with the help they have',
  },
};
const CAPACITY: { label: LocalText; note: LocalText } = {
  label: { kk: 'көмексіз мүмкіндігі', ru: 'капаситет', en: 'capacity' },
  note: {
    kk: 'Бөтен көмексіз және құралсыз',
    ru: 'Без помощи людей и приспособлений',
    en: 'Without help from people or devices',
  },
};

const each = (f: (language: keyof LocalText) => string): LocalText => ({
  kk: f('kk'),
  ru: f('ru'),
  en: f('en'),
});

const single = (category: IcfCategory, scale: AnswerScale): InstrumentItem => ({
  id: category.code,
  section: chapterOf(category.code),
  scale: scale.id,
  text: each((l) => `${category.code} ${category.title[l]}`),
  hint: category.hint,
});

const aspect = (
  category: IcfCategory,
  suffix: 'performance' | 'capacity',
  { label, note }: { label: LocalText; note: LocalText },
): InstrumentItem => ({
  id: `${category.code}.${suffix}`,
  section: chapterOf(category.code),
  scale: qualifierScale.id,
  text: each((l) => `${category.code} ${category.title[l]}: ${label[l]}`),
  hint: each((l) => `${category.hint[l]}. ${note[l]}`),
});

/** Every rated category, in ICF order: b, then d, then e. */
export const ICF_PROFILE_CATEGORIES: readonly IcfCategory[] = [
  ...ICF_BODY_FUNCTIONS,
  ...ICF_ACTIVITIES,
  ...ICF_ENVIRONMENT,
];

const items: readonly InstrumentItem[] = [
  ...ICF_BODY_FUNCTIONS.map((c) => single(c, qualifierScale)),
  ...ICF_ACTIVITIES.flatMap((c) => [
    aspect(c, 'performance', PERFORMANCE),
    aspect(c, 'capacity', CAPACITY),
  ]),
  ...ICF_ENVIRONMENT.map((c) => single(c, environmentScale)),
];

/** A generic qualifier 0–4; null for 8, 9, "don't know", "refused", no answer or off-scale. */
function extent(answers: Answers, item: string): number | null {
  const answer = known(answers, item);
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= 4
    ? answer
    : null;
}

/** An environmental code with an extent (".0"…".4", "+0"…"+4"), else null. */
function environmentExtent(answers: Answers, item: string): string | null {
  const answer = known(answers, item);
  return typeof answer === 'string' && ENVIRONMENT_EXTENT.test(answer) ? answer : null;
}

/** A count, or null when no category of the kind had a real qualifier (never a 0 for "nothing"). */
const countOrNull = (rated: number, count: number): number | null => (rated > 0 ? count : null);

function score(answers: Answers): Record<string, ScoreValue> {
  const has = (id: string) => answers[id] !== undefined;
  const profile: ScoreValue[] = [];
  const barriers: string[] = [];
  const facilitators: string[] = [];
  const rated = { b: 0, d: 0, e: 0, both: 0 };
  const count = { b: 0, d: 0, e: 0, gap: 0 };

  for (const { code } of ICF_BODY_FUNCTIONS) {
    if (!has(code)) continue;
    const qualifier = extent(answers, code);
    profile.push({ category: code, component: componentOf(code), qualifier });
    if (qualifier === null) continue;
    rated.b += 1;
    if (qualifier >= 2) count.b += 1;
  }

  for (const { code } of ICF_ACTIVITIES) {
    const performanceId = `${code}.performance`;
    const capacityId = `${code}.capacity`;
    if (!has(performanceId) && !has(capacityId)) continue;
    const performance = extent(answers, performanceId);
    const capacity = extent(answers, capacityId);
    // Positive: the person does less than they can, so the surroundings hold them back.
    const gap = performance !== null && capacity !== null ? performance - capacity : null;
    profile.push({ category: code, component: 'd', performance, capacity, gap });
    if (performance !== null) {
      rated.d += 1;
      if (performance >= 2) count.d += 1;
    }
    if (gap !== null) {
      rated.both += 1;
      if (gap > 0) count.gap += 1;
    }
  }

  for (const { code } of ICF_ENVIRONMENT) {
    if (!has(code)) continue;
    const answer = known(answers, code);
    const qualifier = environmentExtent(answers, code);
    profile.push({ category: code, component: componentOf(code), qualifier });
    if (typeof answer === 'string' && BARRIERS.includes(answer)) barriers.push(code);
    if (typeof answer === 'string' && FACILITATORS.includes(answer)) facilitators.push(code);
    if (qualifier === null) continue;
    rated.e += 1;
    if (qualifier.startsWith('.') && Number(qualifier.charAt(1)) >= 2) count.e += 1;
  }

  return {
    profile,
    summary: {
      b: countOrNull(rated.b, count.b),
      d: countOrNull(rated.d, count.d),
      e: countOrNull(rated.e, count.e),
      performanceWorseThanCapacity: countOrNull(rated.both, count.gap),
    },
    barriers,
    facilitators,
  };
}

export const icfProfile: InstrumentDefinition = {
  id: 'icf-profile',
  version: '2026.1',
  title: {
    kk: 'ICF бойынша қызмет ету бейіні',
    ru: 'Профиль функционирования по МКФ',
    en: 'ICF functioning profile',
  },
  summary: {
    kk: 'Қызметкер оңалтуда жиі кездесетін ICF санаттарын бағалайды: дене функциялары, әрекет пен қатысу, орта факторлары. Кез келген жаста.',
    ru: 'Работник оценивает частые в реабилитации категории МКФ: функции организма, активность и участие, факторы среды. Любой возраст.',
    en: 'The worker rates ICF categories common in rehabilitation: body functions, activities and participation, environmental factors. Any age.',
  },
  source:
    'WHO International Classification of Functioning, Disability and Health (ICF, 2001): category codes and qualifiers; selection of categories by Birge',
  respondent: 'worker',
  ages: { minMonths: 0, maxMonths: null },
  sections: ICF_CHAPTERS,
  scales: [qualifierScale, environmentScale],
  items,
  scores: [
    {
      name: 'profile',
      label: { kk: 'Бейін', ru: 'Профиль', en: 'Profile' },
      description: {
        kk: 'Бағаланған әр санат және оның бағасы; d үшін іс жүзіндегі, көмексіз баға және олардың айырмасы (оң айырма — орта кедергі келтіреді). 8, 9 және жауапсыз — бос.',
        ru: 'Каждая оценённая категория с оценкой; для d — реализация, капаситет и разница (положительная — среда мешает). 8, 9 и без ответа — пусто.',
        en: 'Each rated category with its qualifier; for d, performance, capacity and the gap (positive: the surroundings hold the person back). 8, 9 and unanswered are empty.',
      },
      plot: 'none',
    },
    {
      name: 'summary',
      label: { kk: 'Қорытынды', ru: 'Итог', en: 'Summary' },
      description: {
        kk: 'Әр бөлімде орташа не одан ауыр (2+) санаттар саны (d — іс жүзінде, e — кедергілер) және іс жүзіндегісі мүмкіндігінен нашар d санаттары.',
        ru: 'Число категорий с умеренной или более тяжёлой проблемой (2+) по компонентам (d — по реализации, e — барьеры) и число категорий d, где реализация хуже капаситета.',
        en: 'Categories at moderate or worse (2+) by component (d by performance, e barriers) and the d categories where performance is worse than capacity.',
      },
      plot: 'none',
    },
    {
      name: 'barriers',
      label: { kk: 'Кедергілер', ru: 'Барьеры', en: 'Barriers' },
      description: {
        kk: 'Кедергі деп бағаланған орта факторларының кодтары.',
        ru: 'Коды факторов среды, оценённых как барьер.',
        en: 'Codes of environmental factors rated as a barrier.',
      },
      plot: 'none',
    },
    {
      name: 'facilitators',
      label: { kk: 'Көмектесетін факторлар', ru: 'Облегчающие факторы', en: 'Facilitators' },
      description: {
        kk: 'Көмектеседі деп бағаланған орта факторларының кодтары.',
        ru: 'Коды факторов среды, оценённых как облегчающие.',
        en: 'Codes of environmental factors rated as a facilitator.',
      },
      plot: 'none',
    },
  ],
  score,
};
