import type { account as source } from '../kk/account.js';

/** Russian: the user's own page — who they are and their work phone (docs/decisions/0025). */
export const account: Record<keyof typeof source, string> = {
  'profile.title': 'Мои данные',
  'profile.username': 'Имя пользователя',
  'profile.role': 'Роль',
  'profile.places': 'Места работы',
  'profile.noPlaces': 'Не указаны',
  'profile.phone': 'Рабочий телефон',
  'profile.phoneHint':
    'Семья увидит его в распечатанном плане и сможет вам позвонить. Например: +7 701 234 56 78.',
  'profile.phoneNone':
    'Рабочий телефон ещё не указан: в распечатанном плане семья видит только ваше имя.',
  'profile.phoneCurrent': 'Сейчас указан: {phone}',
  'profile.phoneSave': 'Сохранить телефон',
  'profile.phoneRemove': 'Убрать телефон',
  'profile.phoneSaved': 'Рабочий телефон сохранён: {phone}.',
  'profile.phoneRemoved': 'Рабочий телефон убран.',
  // The API's message too (PATCH /auth/me), kept with the only page that asks for the number.
  'validation.invalid_kz_phone':
    'Введите казахстанский номер: +7 и 10 цифр, например +7 701 234 56 78',
  'profile.online': 'Чтобы сохранить, нужен интернет.',
};
