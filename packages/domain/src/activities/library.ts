import type { ActivityCard, ActivityCategory } from './activity.schema.js';
import { activityFitsAge } from './activity.js';
import { behaviourCards } from './cards/behaviour.js';
import { communicationCards } from './cards/communication.js';
import { dailyLivingCards } from './cards/daily-living.js';
import { feedingCards } from './cards/feeding.js';
import { mobilityCards } from './cards/mobility.js';
import { playLearningCards } from './cards/play-learning.js';
import { positioningCards } from './cards/positioning.js';
import { selfCareCards } from './cards/self-care.js';

/**
 * Birge's own activity cards (docs/decisions/0021), category by category. The server writes them
 * into its library at start: a card whose text changes here needs a higher `version` to replace
 * the stored one, and a card removed from here is retired (where no admin edited it), not deleted.
 */
export const ACTIVITY_CARDS: readonly ActivityCard[] = [
  ...positioningCards,
  ...mobilityCards,
  ...selfCareCards,
  ...communicationCards,
  ...playLearningCards,
  ...feedingCards,
  ...behaviourCards,
  ...dailyLivingCards,
];

const BY_ID: ReadonlyMap<string, ActivityCard> = new Map(ACTIVITY_CARDS.map((c) => [c.id, c]));

/** The built-in card with this id, or undefined. */
export function builtinActivity(id: string): ActivityCard | undefined {
  return BY_ID.get(id);
}

/** Built-in cards of a category and/or for an age in months, in library order. */
export function builtinActivities(
  filter: { category?: ActivityCategory; ageMonths?: number } = {},
): ActivityCard[] {
  return ACTIVITY_CARDS.filter(
    (card) =>
      (filter.category === undefined || card.category === filter.category) &&
      (filter.ageMonths === undefined || activityFitsAge(card, filter.ageMonths)),
  );
}
