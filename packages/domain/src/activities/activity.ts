import type { Actor } from '../access/roles.js';
import type { Language } from '../i18n/locales.js';
import type { ActivityCard } from './activity.schema.js';

/**
 * Every signed-in role reads the library (cards are public text, no personal data); only admins
 * add and change cards, so one reviewed text reaches every district (docs/decisions/0021).
 */
export function canEditActivities(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** True when the card is meant for a person of `ageMonths` (both ends included). */
export function activityFitsAge(card: Pick<ActivityCard, 'ages'>, ageMonths: number): boolean {
  const { minMonths, maxMonths } = card.ages;
  return ageMonths >= minMonths && (maxMonths === null || ageMonths <= maxMonths);
}

/** A card's words in one language: what a family's screen and a printed plan show. */
export interface ActivityText {
  id: string;
  version: number;
  title: string;
  purpose: string;
  materials: string[];
  steps: string[];
  safety: string[];
  stopSigns: string[];
  pictogram: string;
}

type CardWithText = Pick<
  ActivityCard,
  'id' | 'version' | 'title' | 'purpose' | 'materials' | 'steps' | 'safety' | 'stopSigns'
> & { pictogram: string };

/** The card in `language` (the family's language, not necessarily the worker's). */
export function activityText(card: CardWithText, language: Language): ActivityText {
  return {
    id: card.id,
    version: card.version,
    title: card.title[language],
    purpose: card.purpose[language],
    materials: card.materials.map((m) => m[language]),
    steps: card.steps.map((s) => s[language]),
    safety: card.safety.map((s) => s[language]),
    stopSigns: card.stopSigns.map((s) => s[language]),
    pictogram: card.pictogram,
  };
}
