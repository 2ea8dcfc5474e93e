/**
 * Kazakh: the user's own page — who they are and their work phone (issue 5;
 * docs/decisions/0025). Loaded with that page.
 */
export const account = {
  'profile.title': 'Менің деректерім',
  'profile.username': 'Пайдаланушы аты',
  'profile.role': 'Рөлі',
  'profile.places': 'Жұмыс орындары',
  'profile.noPlaces': 'Көрсетілмеген',
  'profile.phone': 'Жұмыс телефоны',
  'profile.phoneHint':
    'Отбасы оны басып шығарылған жоспардан көріп, сізге қоңырау шалады. Мысалы: +7 701 234 56 78.',
  'profile.phoneNone':
    'Жұмыс телефоны әлі көрсетілмеген: отбасылар басып шығарылған жоспардан тек атыңызды көреді.',
  'profile.phoneCurrent': 'Қазіргі нөмір: {phone}',
  'profile.phoneSave': 'Телефонды сақтау',
  'profile.phoneRemove': 'Телефонды алып тастау',
  'profile.phoneSaved': 'Жұмыс телефоны сақталды: {phone}.',
  'profile.phoneRemoved': 'Жұмыс телефоны алынып тасталды.',
  // The API's message too (PATCH /auth/me), kept with the only page that asks for the number.
  'validation.invalid_kz_phone':
    'Қазақстан нөмірін енгізіңіз: +7 және 10 цифр, мысалы +7 701 234 56 78',
  'profile.online': 'Сақтау үшін интернет керек.',
} as const;
