import { assistiveProducts } from './assistive-products.js';
import { doors } from './doors.js';
import { entrance } from './entrance.js';
import { kitchen } from './kitchen.js';
import { lighting } from './lighting.js';
import { sleeping } from './sleeping.js';
import { toiletBathing } from './toilet-bathing.js';
import type { HomeAdaptation, HomeCheck, HomeSectionData } from './types.js';
import { waterHeating } from './water-heating.js';

export type { HomeAdaptation, HomeRecommendation } from './types.js';

/** The sections of the home checklist, in the order a worker walks through a home. */
export const HOME_SECTIONS: readonly HomeSectionData[] = [
  entrance,
  doors,
  toiletBathing,
  kitchen,
  sleeping,
  waterHeating,
  lighting,
  assistiveProducts,
];

/** The instrument item id of a check: `<section>.<check>`, e.g. `entrance.step-free`. */
export function homeItemId(section: HomeSectionData, check: HomeCheck): string {
  return `${section.id}.${check.id}`;
}

/**
 * Every adaptation by id, so the web app and printed plans show the text of a recommendation
 * the score names only by id (scores stay language-free and small).
 */
export const HOME_ADAPTATIONS: ReadonlyMap<string, HomeAdaptation> = new Map(
  HOME_SECTIONS.flatMap((s) => s.adaptations).map((a) => [a.id, a]),
);

const ITEM_ADAPTATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  HOME_SECTIONS.flatMap((s) => s.checks.map((c) => [homeItemId(s, c), c.adaptations] as const)),
);

/** The adaptation with this id, or undefined for an unknown id. */
export function homeAdaptation(id: string): HomeAdaptation | undefined {
  return HOME_ADAPTATIONS.get(id);
}

/** The adaptations suggested when this item (`doors.thresholds`) fails; empty for unknown items. */
export function homeAdaptationsForItem(itemId: string): HomeAdaptation[] {
  return (ITEM_ADAPTATIONS.get(itemId) ?? []).flatMap((id) => HOME_ADAPTATIONS.get(id) ?? []);
}
