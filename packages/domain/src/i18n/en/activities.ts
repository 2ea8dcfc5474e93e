import type { activities as source } from '../kk/activities.js';

/** English: the activity library (issue 5) — the API's field messages for cards. */
export const activities: Record<keyof typeof source, string> = {
  'activity.id_format':
    'The id is “category.name” in lower-case Latin letters (for example, mobility.sit-to-stand)',
  'activity.id_category': 'The id must start with the activity’s category',
  'activity.ages_order': 'The upper age cannot be below the lower age',
  'activity.unknown_pictogram': 'There is no such pictogram',
  'activity.not_found': 'There is no such activity card',
  'activity.version_not_found': 'There is no such version of the card',
};
