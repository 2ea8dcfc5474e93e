import { known } from './engine.js';
import { HOME_ADAPTATIONS, HOME_SECTIONS, homeItemId } from './home-environment/adaptations.js';
import {
  HOME_BARRIER_CODES,
  type HomeRecommendation,
  homeYesNoScale,
  homeYesPartlyNoScale,
} from './home-environment/types.js';
import type {
  Answers,
  AnswerCode,
  InstrumentDefinition,
  InstrumentItem,
  Scores,
} from './instrument.js';

const ITEMS: readonly InstrumentItem[] = HOME_SECTIONS.flatMap((section) =>
  section.checks.map((check) => ({
    id: homeItemId(section, check),
    section: section.id,
    scale: check.scale,
    text: check.text,
    ...(check.hint ? { hint: check.hint } : {}),
  })),
);

const SCALES = [homeYesPartlyNoScale, homeYesNoScale];
const CODES: ReadonlyMap<string, readonly AnswerCode[]> = new Map(
  SCALES.map((s) => [s.id, s.options.map((o) => o.code)]),
);

type SectionCount = { checked: number; barriers: number };

/**
 * Our own home accessibility and adaptation checklist (docs/decisions/0017). Scores are
 * language-free: recommendations are ids, their text is looked up with `homeAdaptation`. A check
 * answered "partly" or "no" is a barrier and brings its adaptations; "not applicable" is a check
 * made, with nothing to fix; missing answers bring nothing and are not counted as checked.
 */
function score(answers: Answers): Scores {
  const recommendations: HomeRecommendation[] = [];
  const seen = new Set<string>();
  const sections: Record<string, SectionCount> = {};
  let checked = 0;
  let barriers = 0;
  for (const section of HOME_SECTIONS) {
    const count: SectionCount = { checked: 0, barriers: 0 };
    for (const check of section.checks) {
      const answer = known(answers, homeItemId(section, check));
      if (answer === undefined || !CODES.get(check.scale)?.includes(answer)) continue;
      count.checked += 1;
      if (!HOME_BARRIER_CODES.includes(answer)) continue;
      count.barriers += 1;
      // One entry per adaptation: a doorway to widen is one job, however many checks found it.
      for (const id of check.adaptations) {
        const adaptation = HOME_ADAPTATIONS.get(id);
        if (!adaptation || seen.has(id)) continue;
        seen.add(id);
        recommendations.push({ id, section: section.id, elements: [...adaptation.elements] });
      }
    }
    sections[section.id] = count;
    checked += count.checked;
    barriers += count.barriers;
  }
  return { recommendations, sections, barriers: checked === 0 ? null : barriers };
}

export const homeEnvironment: InstrumentDefinition = {
  id: 'home-environment',
  version: '2026.1',
  title: {
    kk: 'Үй ортасы және бейімдеу',
    ru: 'Домашняя среда и адаптация',
    en: 'Home environment and adaptations',
  },
  summary: {
    kk: 'Қызметкер отбасымен бірге үйді аралап, кедергілерді белгілейді; әр кедергіге қарапайым әрі арзан бейімдеу ұсынылады.',
    ru: 'Работник вместе с семьёй обходит дом и отмечает барьеры; к каждому барьеру предлагается простая и недорогая адаптация.',
    en: 'The worker walks through the home with the family and marks barriers; each barrier comes with simple, low-cost adaptations.',
  },
  source: 'Birge, own checklist (docs/decisions/0017-own-checklists.md)',
  respondent: 'worker',
  ages: { minMonths: 0, maxMonths: null },
  sections: HOME_SECTIONS.map((s) => ({ id: s.id, title: s.title })),
  scales: SCALES,
  items: ITEMS,
  scores: [
    {
      name: 'recommendations',
      label: {
        kk: 'Бейімдеу ұсыныстары',
        ru: 'Рекомендации по адаптации',
        en: 'Recommended adaptations',
      },
      description: {
        kk: '«Ішінара» не «жоқ» деп белгіленген тексерулерге ұсынылатын бейімдеулер, ҚДО матрицасының элементтерімен.',
        ru: 'Адаптации для пунктов с ответом «частично» или «нет», с элементами матрицы РМС.',
        en: 'Adaptations for the checks answered "partly" or "no", with their CBR matrix elements.',
      },
      plot: 'none',
    },
    {
      name: 'sections',
      label: { kk: 'Бөлімдер бойынша', ru: 'По разделам', en: 'By section' },
      description: {
        kk: 'Әр бөлімде тексерілген тармақтар мен табылған кедергілер саны.',
        ru: 'Сколько пунктов проверено и сколько барьеров найдено в каждом разделе.',
        en: 'How many checks were made and how many barriers found in each section.',
      },
      plot: 'none',
    },
    {
      name: 'barriers',
      label: { kk: 'Кедергілер', ru: 'Барьеры', en: 'Barriers' },
      description: {
        kk: 'Табылған кедергілердің жалпы саны («ішінара» не «жоқ»).',
        ru: 'Общее число найденных барьеров (ответы «частично» или «нет»).',
        en: 'Total number of barriers found (answers "partly" or "no").',
      },
      plot: 'number',
      range: [0, ITEMS.length],
    },
  ],
  score,
};
