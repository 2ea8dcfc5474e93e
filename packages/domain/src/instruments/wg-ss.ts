import { identifier, known } from './engine.js';
import type { Answer, InstrumentDefinition } from './instrument.js';
import { difficultyScale } from './scales.js';

const DOMAINS = ['seeing', 'hearing', 'walking', 'cognition', 'selfcare', 'communication'] as const;

const atLeast = (min: number) => (code: Answer) => typeof code === 'number' && code >= min;

/**
 * Washington Group Short Set on Functioning, age 5 and over (domain.md §3). Identifiers follow
 * the WG analytic guidelines ("Analytic Guidelines: Creating Disability Identifiers Using the
 * WG-SS", SPSS/Stata syntax): DISABILITY3 (any domain "a lot" or "cannot do") is the one WG
 * recommends for comparisons, so it decides the screening result.
 */
export const wgSs: InstrumentDefinition = {
  id: 'wg-ss',
  version: '2026.1',
  title: {
    kk: 'Вашингтон тобының қысқа сауалнамасы (WG-SS)',
    ru: 'Краткий опросник Вашингтонской группы (WG-SS)',
    en: 'Washington Group Short Set (WG-SS)',
  },
  summary: {
    kk: 'Денсаулыққа байланысты алты негізгі әрекеттегі қиындық туралы алты сұрақ, 5 жастан бастап.',
    ru: 'Шесть вопросов о затруднениях в шести основных действиях из-за состояния здоровья, с 5 лет.',
    en: 'Six questions on difficulty in six basic activities because of a health problem, age 5 and over.',
  },
  source:
    'Washington Group on Disability Statistics, Short Set on Functioning; WG analytic guidelines',
  respondent: 'person',
  ages: { minMonths: 60, maxMonths: null },
  sections: [
    {
      id: 'functioning',
      title: { kk: 'Қызмет ету', ru: 'Функционирование', en: 'Functioning' },
    },
  ],
  scales: [difficultyScale],
  items: [
    {
      id: 'seeing',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Көзілдірік киіп жүрсеңіз де, көру қиынға соға ма?',
        ru: 'Трудно ли вам видеть, даже если вы носите очки?',
        en: 'Do you have difficulty seeing, even if wearing glasses?',
      },
    },
    {
      id: 'hearing',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Есту аппаратын пайдалансаңыз да, есту қиынға соға ма?',
        ru: 'Трудно ли вам слышать, даже если вы пользуетесь слуховым аппаратом?',
        en: 'Do you have difficulty hearing, even if using a hearing aid?',
      },
    },
    {
      id: 'walking',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Жаяу жүру немесе баспалдақпен көтерілу қиынға соға ма?',
        ru: 'Трудно ли вам ходить или подниматься по ступенькам?',
        en: 'Do you have difficulty walking or climbing steps?',
      },
    },
    {
      id: 'cognition',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Есте сақтау немесе зейін қою қиынға соға ма?',
        ru: 'Трудно ли вам запоминать или сосредоточиваться?',
        en: 'Do you have difficulty remembering or concentrating?',
      },
    },
    {
      id: 'selfcare',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Өзіңізге күтім жасау, мысалы, толық жуыну немесе киіну қиынға соға ма?',
        ru: 'Трудно ли вам ухаживать за собой, например мыться целиком или одеваться?',
        en: 'Do you have difficulty with self-care, such as washing all over or dressing?',
      },
    },
    {
      id: 'communication',
      section: 'functioning',
      scale: 'difficulty',
      text: {
        kk: 'Күнделікті сөйлейтін тіліңізде қарым-қатынас жасау, мысалы, басқаларды түсіну немесе басқалардың сізді түсінуі қиынға соға ма?',
        ru: 'Трудно ли вам общаться на привычном языке, например понимать других или быть понятым?',
        en: 'Using your usual language, do you have difficulty communicating, for example understanding or being understood?',
      },
    },
  ],
  scores: [
    {
      name: 'disability1',
      label: { kk: 'DISABILITY1', ru: 'DISABILITY1', en: 'DISABILITY1' },
      description: {
        kk: 'Кемінде бір салада біраз қиындық немесе одан ауыр.',
        ru: 'Хотя бы в одной области есть некоторые затруднения или тяжелее.',
        en: 'At least one domain with some difficulty or worse.',
      },
      plot: 'identifier',
    },
    {
      name: 'disability2',
      label: { kk: 'DISABILITY2', ru: 'DISABILITY2', en: 'DISABILITY2' },
      description: {
        kk: 'Екі салада біраз қиындық немесе бір салада қиындық көп не мүлде жасай алмайды.',
        ru: 'Некоторые затруднения в двух областях или много затруднений либо «совсем не может» в одной.',
        en: 'Some difficulty in two domains, or a lot of difficulty or cannot do in one.',
      },
      plot: 'identifier',
    },
    {
      name: 'disability3',
      label: { kk: 'DISABILITY3', ru: 'DISABILITY3', en: 'DISABILITY3' },
      description: {
        kk: 'Кемінде бір салада қиындық көп немесе мүлде жасай алмайды (ұсынылатын көрсеткіш).',
        ru: 'Хотя бы в одной области много затруднений или «совсем не может» (рекомендуемый показатель).',
        en: 'At least one domain with a lot of difficulty or cannot do at all (the recommended identifier).',
      },
      plot: 'identifier',
    },
    {
      name: 'disability4',
      label: { kk: 'DISABILITY4', ru: 'DISABILITY4', en: 'DISABILITY4' },
      description: {
        kk: 'Кемінде бір салада мүлде жасай алмайды.',
        ru: 'Хотя бы в одной области «совсем не может».',
        en: 'At least one domain where the person cannot do the activity at all.',
      },
      plot: 'identifier',
    },
  ],
  score(answers) {
    const values = DOMAINS.map((domain) => known(answers, domain));
    const twoOrMore = values.filter((v) => v === 2).length >= 2;
    const severe = identifier(values, atLeast(3));
    return {
      disability1: identifier(values, atLeast(2)),
      disability2: twoOrMore ? 1 : severe,
      disability3: severe,
      disability4: identifier(values, atLeast(4)),
    };
  },
  screensPositive: (scores) => (scores.disability3 === null ? null : scores.disability3 === 1),
};
