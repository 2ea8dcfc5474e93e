import { cognitive } from './development/cognitive.js';
import { infantStimulation } from './development/infant-stimulation.js';
import { language } from './development/language.js';
import { motor } from './development/motor.js';
import { selfHelp } from './development/self-help.js';
import { socialization } from './development/socialization.js';
import {
  type AreaData,
  DEV_EMERGING,
  DEV_INDEPENDENT,
  DEV_NOT_YET,
  DEVELOPMENT_BAND_MONTHS,
  DEVELOPMENT_BANDS,
  type DevelopmentArea,
  developmentScale,
} from './development/types.js';
import { known } from './engine.js';
import type {
  Answers,
  Condition,
  InstrumentDefinition,
  InstrumentItem,
  Scores,
} from './instrument.js';

/** The areas' skills in form order (the same order as DEVELOPMENT_AREAS). */
export const DEVELOPMENT_AREA_DATA: readonly AreaData[] = [
  infantStimulation,
  socialization,
  language,
  selfHelp,
  cognitive,
  motor,
];

/** Portage sets 1–3 small targets a week: at most this many per area. */
export const DEVELOPMENT_TARGETS_PER_AREA = 3;

const itemId = (area: AreaData, skillId: string) => `${area.id}.${skillId}`;

/**
 * Skip rule (docs/decisions/0017): band b is asked when it is the child's own band (what comes
 * next) or the band just below it (what should already be there), i.e. ages 12·b to 12·b + 23
 * months. A child in the first year sees band 0 only; from 72 months the last band stays open.
 */
export function developmentBandCondition(band: number): Condition {
  const min = band * DEVELOPMENT_BAND_MONTHS;
  const max = min + 2 * DEVELOPMENT_BAND_MONTHS - 1;
  if (band === 0) return { ageMonths: { max } };
  if (band === DEVELOPMENT_BANDS - 1) return { ageMonths: { min } };
  return { ageMonths: { min, max } };
}

const ITEMS: readonly InstrumentItem[] = DEVELOPMENT_AREA_DATA.flatMap((area) =>
  area.bands.flatMap((skills, band) =>
    skills.map((s) => ({
      id: itemId(area, s.id),
      section: area.id,
      scale: developmentScale.id,
      text: s.text,
      when: developmentBandCondition(band),
    })),
  ),
);

type AreaCount = { achieved: number; emerging: number; notYet: number; asked: number };
type Target = { item: string; area: DevelopmentArea };

/**
 * Per area: counts, the share done independently, and the next targets — the first skills in
 * checklist order (easier first) the child does with help or sometimes, then those not yet done.
 * "Don't know" and "refused" count as asked but never as "not yet".
 */
function score(answers: Answers): Scores {
  const areas: Record<string, AreaCount> = {};
  const achievedShare: Record<string, number | null> = {};
  const targets: Target[] = [];
  for (const area of DEVELOPMENT_AREA_DATA) {
    const count: AreaCount = { achieved: 0, emerging: 0, notYet: 0, asked: 0 };
    const emerging: string[] = [];
    const notYet: string[] = [];
    for (const s of area.bands.flat()) {
      const id = itemId(area, s.id);
      if (answers[id] === undefined) continue;
      count.asked += 1;
      const answer = known(answers, id);
      if (answer === DEV_INDEPENDENT) count.achieved += 1;
      else if (answer === DEV_EMERGING) emerging.push(id);
      else if (answer === DEV_NOT_YET) notYet.push(id);
    }
    count.emerging = emerging.length;
    count.notYet = notYet.length;
    const scored = count.achieved + count.emerging + count.notYet;
    areas[area.id] = count;
    achievedShare[area.id] = scored === 0 ? null : count.achieved / scored;
    for (const item of [...emerging, ...notYet].slice(0, DEVELOPMENT_TARGETS_PER_AREA))
      targets.push({ item, area: area.id });
  }
  return { areas, targets, achievedShare };
}

export const development06: InstrumentDefinition = {
  id: 'development-0-6',
  version: '2026.1',
  title: {
    kk: 'Бала дамуының картасы (0–6 жас)',
    ru: 'Карта развития ребёнка (0–6 лет)',
    en: 'Early development checklist (0–6 years)',
  },
  summary: {
    kk: 'Ата-ана қызметкермен бірге баланың алты салада не істей алатынын белгілейді; нәтиже аптаға 1–3 шағын мақсат таңдауға көмектеседі.',
    ru: 'Родитель вместе с работником отмечает, что ребёнок умеет в шести областях; результат помогает выбрать 1–3 небольшие цели на неделю.',
    en: 'The caregiver and the worker mark what the child can do in six areas; the result helps choose 1–3 small targets for the week.',
  },
  source:
    'Birge, own checklist in the six Portage areas (docs/decisions/0017-own-checklists.md); not the Portage checklist',
  respondent: 'caregiver',
  ages: { minMonths: 0, maxMonths: 83 },
  sections: DEVELOPMENT_AREA_DATA.map((a) => ({ id: a.id, title: a.title })),
  scales: [developmentScale],
  items: ITEMS,
  scores: [
    {
      name: 'areas',
      label: { kk: 'Салалар бойынша', ru: 'По областям', en: 'By area' },
      description: {
        kk: 'Әр салада: өзі жасайтын, көмекпен не кейде жасайтын, әлі жасамайтын дағдылар және сұралған тармақтар саны.',
        ru: 'По каждой области: сколько навыков ребёнок выполняет сам, с помощью или иногда, пока не выполняет, и сколько пунктов задано.',
        en: 'For each area: how many skills the child does independently, with help or sometimes, not yet, and how many were asked.',
      },
      plot: 'none',
    },
    {
      name: 'targets',
      label: { kk: 'Келесі мақсаттар', ru: 'Следующие цели', en: 'Next targets' },
      description: {
        kk: 'Әр салада бала әлі өзі жасай алмайтын алғашқы 1–3 дағды (алдымен көмекпен жасайтындары) — жоспардың мақсаттары.',
        ru: 'По каждой области первые 1–3 навыка, которые ребёнок пока не выполняет сам (сначала те, что выходят с помощью), — цели для плана.',
        en: 'For each area, the first 1–3 skills the child does not yet do independently (those done with help first): targets for the plan.',
      },
      plot: 'none',
    },
    {
      name: 'achievedShare',
      label: { kk: 'Меңгерілген үлес', ru: 'Доля освоенного', en: 'Share achieved' },
      description: {
        kk: 'Әр салада жауап берілген дағдылардың ішінде бала өзі жасайтындарының үлесі (0–1); жауап болмаса — бос.',
        ru: 'Доля навыков, которые ребёнок выполняет сам, среди отвеченных в каждой области (0–1); нет ответов — пусто.',
        en: 'In each area, the share of answered skills the child does independently (0–1); empty when nothing was answered.',
      },
      plot: 'none',
    },
  ],
  score,
};
