import { known } from './engine.js';
import type { Answers, InstrumentDefinition } from './instrument.js';
import {
  WHODAS_12_ITEMS,
  WHODAS_DOMAINS,
  WHODAS_ITEMS,
  daysScale,
  severityScale,
  type WhodasItem,
} from './whodas-12-items.js';

/**
 * WHODAS 2.0, 12-item version, adults, last 30 days (domain.md §5; docs/decisions/0016). Item
 * wording is ours; the order, domains and answer codes are WHO's. Scores: WHO's simple sum
 * (12–60, no recoding), the same sum on 0–100 (items 0–4, × 100 / 48), the six domain sums and the
 * three day counts. No severity bands: the ones some sites print are not WHO's.
 */

/** An S item's code 1–5, or undefined when it is not given, "don't know", "refused" or off-scale. */
function severity(answers: Answers, item: WhodasItem): number | undefined {
  const answer = known(answers, item);
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= 5
    ? answer
    : undefined;
}

/** The sum of the items' codes 1–5; null as soon as one is missing (never a partial sum). */
function sumOf(answers: Answers, group: readonly WhodasItem[]): number | null {
  let sum = 0;
  for (const item of group) {
    const value = severity(answers, item);
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

function dayCount(answers: Answers, item: string): number | null {
  const answer = known(answers, item);
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= 30
    ? answer
    : null;
}

export const whodas12: InstrumentDefinition = {
  id: 'whodas-12',
  version: '2026.1',
  title: {
    kk: 'ДДҰ-ның мүгедектікті бағалау кестесі, 12 сұрақ (WHODAS 2.0)',
    ru: 'Шкала оценки нарушений жизнедеятельности ВОЗ, 12 вопросов (WHODAS 2.0)',
    en: 'WHO Disability Assessment Schedule, 12 items (WHODAS 2.0)',
  },
  summary: {
    kk: 'Соңғы 30 күнде денсаулыққа байланысты алты салада кездескен қиындықтар туралы 12 сұрақ және үш күн санағы, 18 жастан бастап.',
    ru: '12 вопросов о трудностях в шести областях жизни из-за здоровья за последние 30 дней и три вопроса о днях, с 18 лет.',
    en: 'Twelve questions on difficulty in six life domains because of health in the last 30 days, and three day counts, age 18 and over.',
  },
  source:
    'WHO Disability Assessment Schedule 2.0, 12-item version; Üstün et al. (eds.), Measuring Health and Disability: Manual for WHODAS 2.0, WHO 2010',
  respondent: 'person',
  ages: { minMonths: 216, maxMonths: null },
  sections: [
    {
      id: 'difficulties',
      title: {
        kk: 'Соңғы 30 күндегі қиындықтар',
        ru: 'Трудности за последние 30 дней',
        en: 'Difficulties in the last 30 days',
      },
    },
    {
      id: 'days',
      title: {
        kk: 'Қиындық болған күндер',
        ru: 'Дни с трудностями',
        en: 'Days with difficulty',
      },
    },
  ],
  scales: [severityScale, daysScale],
  items: WHODAS_12_ITEMS,
  scores: [
    {
      name: 'simple',
      label: { kk: 'Қарапайым балл', ru: 'Простой балл', en: 'Simple score' },
      description: {
        kk: '12 жауаптың (1–5) қосындысы: 12 — қиындық жоқ, 60 — бәрінде өте қатты. Бір жауап жетпесе, есептелмейді.',
        ru: 'Сумма 12 ответов (1–5): 12 — трудностей нет, 60 — крайние во всём. Не считается, если нет хотя бы одного ответа.',
        en: 'Sum of the 12 answers (1–5): 12 no difficulty, 60 extreme in all. Not computed when any answer is missing.',
      },
      plot: 'number',
      range: [12, 60],
    },
    {
      name: 'summary',
      label: { kk: 'Жиынтық балл, 0–100', ru: 'Сводный балл, 0–100', en: 'Summary score, 0–100' },
      description: {
        kk: 'Сол қосынды 0–100 шкаласында (жауаптар 0–4, қосынды × 100 / 48): 0 — қиындық жоқ, 100 — бәрінде өте қатты.',
        ru: 'Та же сумма на шкале 0–100 (ответы 0–4, сумма × 100 / 48): 0 — трудностей нет, 100 — крайние во всём.',
        en: 'The same sum on a 0–100 scale (answers 0–4, sum × 100 / 48): 0 no difficulty, 100 extreme in all.',
      },
      plot: 'number',
      range: [0, 100],
    },
    {
      name: 'domains',
      label: { kk: 'Салалар бойынша', ru: 'По областям', en: 'By domain' },
      description: {
        kk: 'Алты саланың әрқайсысындағы екі жауаптың қосындысы (2–10); жауабы жетпейтін сала есептелмейді.',
        ru: 'Сумма двух ответов в каждой из шести областей (2–10); область без полного ответа не считается.',
        en: 'Sum of the two answers in each of the six domains (2–10); a domain with a missing answer is not computed.',
      },
      plot: 'none',
    },
    {
      name: 'daysWithDifficulty',
      label: {
        kk: 'Қиындық болған күндер',
        ru: 'Дни с трудностями',
        en: 'Days with difficulty',
      },
      description: {
        kk: 'Соңғы 30 күннің қиындық болған күндері.',
        ru: 'Дни из последних 30, когда были трудности.',
        en: 'Days of the last 30 with difficulties.',
      },
      plot: 'number',
      range: [0, 30],
    },
    {
      name: 'daysUnable',
      label: {
        kk: 'Мүлде атқара алмаған күндер',
        ru: 'Дни полной неспособности',
        en: 'Days totally unable',
      },
      description: {
        kk: 'Әдеттегі істерді мүлде атқара алмаған күндер.',
        ru: 'Дни, когда обычные дела были совсем невозможны.',
        en: 'Days when usual activities were not possible at all.',
      },
      plot: 'number',
      range: [0, 30],
    },
    {
      name: 'daysCutBack',
      label: {
        kk: 'Істі азайтқан күндер',
        ru: 'Дни с сокращением дел',
        en: 'Days cut back',
      },
      description: {
        kk: 'Мүлде атқара алмаған күндерден бөлек, істі азайтқан күндер.',
        ru: 'Дни, когда дела пришлось сократить, не считая дней полной неспособности.',
        en: 'Days with usual activities cut back, not counting the days totally unable.',
      },
      plot: 'number',
      range: [0, 30],
    },
  ],
  score(answers) {
    const simple = sumOf(answers, WHODAS_ITEMS);
    // Each item recoded 1–5 → 0–4 is the simple sum minus 12; one decimal keeps every step
    // (100 / 48 ≈ 2.08) apart without float noise.
    const summary = simple === null ? null : Math.round(((simple - 12) * 1000) / 48) / 10;
    const domains: Record<string, number | null> = {};
    for (const [domain, group] of Object.entries(WHODAS_DOMAINS))
      domains[domain] = sumOf(answers, group);
    return {
      simple,
      summary,
      domains,
      daysWithDifficulty: dayCount(answers, 'h1'),
      daysUnable: dayCount(answers, 'h2'),
      daysCutBack: dayCount(answers, 'h3'),
    };
  },
};
