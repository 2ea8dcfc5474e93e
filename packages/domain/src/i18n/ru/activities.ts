import type { activities as source } from '../kk/activities.js';

/** Russian: the activity library (issue 5) — the API's field messages for cards. */
export const activities: Record<keyof typeof source, string> = {
  'activity.id_format':
    'Идентификатор пишется как «категория.название» строчными латинскими буквами (например, mobility.sit-to-stand)',
  'activity.id_category': 'Идентификатор должен начинаться с категории упражнения',
  'activity.ages_order': 'Верхняя граница возраста не может быть меньше нижней',
  'activity.unknown_pictogram': 'Такой пиктограммы нет',
  'activity.not_found': 'Такой карточки упражнения нет',
  'activity.version_not_found': 'Такой версии карточки нет',
};
