import type { AnswerScale, LocalText } from '../instrument.js';

/** The six Portage areas (domain.md §8), in the order the form shows them. */
export const DEVELOPMENT_AREAS = [
  'infantStimulation',
  'socialization',
  'language',
  'selfHelp',
  'cognitive',
  'motor',
] as const;
export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];

/** Age bands of 12 months: band b holds skills typical of ages 12·b to 12·b + 11 months. */
export const DEVELOPMENT_BAND_MONTHS = 12;
export const DEVELOPMENT_BANDS = 7;

/** Answer codes (docs/decisions/0017): lower is further along, as on the difficulty scales. */
export const DEV_INDEPENDENT = 1;
export const DEV_EMERGING = 2;
export const DEV_NOT_YET = 3;

export const developmentScale: AnswerScale = {
  id: 'development',
  options: [
    {
      code: DEV_INDEPENDENT,
      label: { kk: 'Өзі жасайды', ru: 'Делает сам', en: 'Does it independently' },
    },
    {
      code: DEV_EMERGING,
      label: {
        kk: 'Көмекпен не кейде жасайды',
        ru: 'Делает с помощью или иногда',
        en: 'Does it with help or sometimes',
      },
    },
    { code: DEV_NOT_YET, label: { kk: 'Әлі жасамайды', ru: 'Пока не делает', en: 'Not yet' } },
  ],
};

/** One observable skill; its item id is `<area>.<id>`, e.g. `motor.sits-without-support`. */
export interface Skill {
  readonly id: string;
  readonly text: LocalText;
}

export interface AreaData {
  readonly id: DevelopmentArea;
  readonly title: LocalText;
  /** Skills by age band (index = band), each band ordered from easier to harder. */
  readonly bands: readonly (readonly Skill[])[];
}

/** A skill in the data files: id, then its text in Kazakh, Russian and English. */
export function skill(id: string, kk: string, ru: string, en: string): Skill {
  return { id, text: { kk, ru, en } };
}
