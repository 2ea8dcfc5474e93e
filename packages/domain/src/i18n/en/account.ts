import type { account as source } from '../kk/account.js';

/** English: the user's own page — who they are and their work phone (docs/decisions/0025). */
export const account: Record<keyof typeof source, string> = {
  'profile.title': 'My details',
  'profile.username': 'Username',
  'profile.role': 'Role',
  'profile.places': 'Places of work',
  'profile.noPlaces': 'None given',
  'profile.phone': 'Work phone',
  'profile.phoneHint':
    'Families see it on their printed plan and can call you. For example: +7 701 234 56 78.',
  'profile.phoneNone': 'No work phone yet: on a printed plan families see only your name.',
  'profile.phoneCurrent': 'Now: {phone}',
  'profile.phoneSave': 'Save the phone',
  'profile.phoneRemove': 'Remove the phone',
  'profile.phoneSaved': 'Work phone saved: {phone}.',
  'profile.phoneRemoved': 'Work phone removed.',
  // The API's message too (PATCH /auth/me), kept with the only page that asks for the number.
  'validation.invalid_kz_phone':
    'Enter a Kazakhstan number: +7 and 10 digits, for example +7 701 234 56 78',
  'profile.online': 'Saving needs an internet connection.',
};
