/** Kazakh: the activity library (issue 5) — the API's field messages for cards. */
export const activities = {
  'activity.id_format':
    'Идентификатор «санат.атау» түрінде, кіші латын әріптерімен жазылады (мысалы, mobility.sit-to-stand)',
  'activity.id_category': 'Идентификатор жаттығудың санатымен басталуы керек',
  'activity.ages_order': 'Жастың жоғарғы шегі төменгі шегінен кем болмауы керек',
  'activity.unknown_pictogram': 'Мұндай пиктограмма жоқ',
  'activity.not_found': 'Мұндай жаттығу карточкасы жоқ',
  'activity.version_not_found': 'Карточканың мұндай нұсқасы жоқ',
};
