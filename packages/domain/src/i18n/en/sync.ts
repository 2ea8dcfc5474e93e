import type { sync as source } from '../kk/sync.js';

/** en: the offline store, sync status, device PIN and sync problems in the web app. */
export const sync: Record<keyof typeof source, string> = {
  'nav.sync': 'Sync',
  'sync.status.online': 'Online',
  'sync.status.offline': 'Offline',
  'sync.status.syncing': 'Syncing…',
  'sync.status.never': 'Not synced yet',
  'sync.status.lastSync': 'Synced {when}',
  'sync.status.pending':
    '{count, plural, one {# change waiting to be sent} other {# changes waiting to be sent}}',
  'sync.status.problems':
    '{count, plural, one {# problem needs your attention} other {# problems need your attention}}',
  'sync.time.justNow': 'just now',
  'sync.time.minutes': '{count, plural, one {# minute ago} other {# minutes ago}}',
  'sync.time.hours': '{count, plural, one {# hour ago} other {# hours ago}}',
  'sync.time.days': '{count, plural, one {# day ago} other {# days ago}}',
  'sync.announce.done': 'Sync finished: {sent} changes sent, {received} records received.',
  'sync.announce.offline':
    'No internet. Your changes are saved on this phone and will be sent when there is a connection.',
  'sync.announce.server': 'The server did not answer. We will try again shortly.',
  'sync.announce.signedOut': 'Sign in again to sync. Your changes are saved on this phone.',
  'sync.page.title': 'Sync',
  'sync.page.now': 'Sync now',
  'sync.page.details': 'Details',
  'sync.page.connection': 'Connection',
  'sync.page.lastSync': 'Last successful sync',
  'sync.page.pending': 'Waiting to be sent',
  'sync.page.problems': 'Problems',
  'sync.page.trimmed':
    '{count, plural, one {# household of your caseload stays} other {# households of your caseload stay}} on the server: this phone keeps the most recently assigned.',
  'sync.page.noProblems': 'No problems.',
  'sync.entity.household': 'Household',
  'sync.entity.person': 'Person',
  'sync.entity.consent': 'Consent',
  'sync.entity.referral': 'Referral',
  'sync.entity.referral_status': 'Step of a referral',
  'sync.entity.education_record': 'Education entry',
  'sync.entity.livelihood_record': 'Livelihood record',
  'sync.problem.rejected': 'Not accepted by the server',
  'sync.problem.conflict': 'Changed by someone else at the same time',
  'sync.problem.when': 'Answered: {when}',
  'sync.problem.conflictText':
    'Your version is kept, and the district coordinator will choose which one stays. Until then the server’s version is shown.',
  'sync.problem.fixHint': 'Open the record, correct it and save: it will be sent again.',
  'sync.problem.open': 'Open the record: {name}',
  'sync.problem.discard': 'Discard this change',
  'sync.problem.dismiss': 'Understood, hide',
  'sync.problem.discardTitle': 'Discard the change?',
  'sync.problem.discardText':
    'The change made on this phone ({name}) will be deleted and the server’s version shown instead. This cannot be undone.',
  'pin.setupTitle': 'Set a PIN for this phone',
  'pin.setupIntro':
    'The records on this phone are encrypted. Without internet you open them with your PIN. If you forget the PIN, your password opens them too.',
  'pin.changeTitle': 'Change the PIN',
  'pin.changeIntro':
    'The new PIN will open the records on this phone; the old one will stop working.',
  'pin.changeLink': 'Change the PIN',
  'pin.changed': 'The PIN has been changed.',
  'pin.backToSync': 'Back to sync',
  'pin.field': 'PIN',
  'pin.again': 'Repeat the PIN',
  'pin.hint':
    'At least {min} digits; {recommended} digits protect better. Do not choose easy codes like 1111 or 1234.',
  'pin.save': 'Save the PIN',
  'pin.tooShort': 'Enter at least {min} digits.',
  'pin.digitsOnly': 'A PIN has digits only.',
  'pin.tooSimple': 'This code is easy to guess. Choose other digits.',
  'pin.mismatch': 'The two PINs differ.',
  'pin.failed': 'The PIN was not saved. Please try again.',
  'unlock.title': 'Open your records',
  'unlock.pinIntro': '{name}, enter your PIN to open the records on this phone.',
  'unlock.passwordIntro': '{name}, enter your password to open the records on this phone.',
  'unlock.setupTitle': 'Prepare this phone',
  'unlock.setupIntro':
    'Enter your password once more to keep your caseload on this phone for work without internet.',
  'unlock.submit': 'Open',
  'unlock.setupSubmit': 'Continue',
  'unlock.opening': 'Opening…',
  'unlock.wrongPin':
    '{count, plural, one {Wrong PIN. # attempt left.} other {Wrong PIN. # attempts left.}}',
  'unlock.pinDisabled':
    'The PIN was wrong too many times. Enter your password to open the records.',
  'unlock.wrongPassword': 'This password does not open the records on this phone.',
  'unlock.usePassword': 'Forgot the PIN? Enter your password',
  'signOut.sending': 'Sending changes…',
  'signOut.unsentTitle': 'Some changes were not sent',
  'signOut.unsentText':
    '{count, plural, one {# change has not reached the server.} other {# changes have not reached the server.}} If you sign out now, they are deleted with this phone’s data.',
  'signOut.confirm': 'Sign out and delete them',
  'signOut.stay': 'Stay signed in',
};
