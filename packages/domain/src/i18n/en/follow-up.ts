import type { followUp as source } from '../kk/follow-up.js';

/** English: follow-up tasks, the printed plan and family invitations (issue 5). */
export const followUp: Record<keyof typeof source, string> = {
  'problem.invitation_invalid': 'The invitation code is not right. Check it and enter it again.',
  'problem.invitation_expired':
    'The invitation code has expired. Ask your CBR worker for a new one.',
  'problem.invitation_used':
    'This invitation code has already been used or withdrawn. Ask your CBR worker for a new one.',
  'invitation.not_in_caseload': 'This household is not in your caseload',
  'invitation.person_not_in_household': 'This person is not a member of this household',
  'auditAction.invite': 'Family member invited',
  'auditAction.invitation_redeem': 'Signed in with an invitation code',
  'auditAction.invitation_failed': 'Wrong invitation code',

  'task.kind.visit_due': 'Visit due',
  'task.kind.review_due': 'Goal review due',
  'task.kind.rescreening_due': 'Yearly re-screening due',
  'task.kind.consent_expiring': 'Consent ends soon',
  'task.kind.consent_expired': 'Consent has ended',
  'task.kind.practice_missing': 'No practice logged for 7 days',
  'task.kind.referral_overdue': 'Referral overdue',
  'task.reason.first': 'For the first time',
  'task.reason.agreed': 'Date agreed at the last visit',
  'task.reason.needs_own_consent': 'Turned 18: their own consent is needed',
  'task.overdue': 'Overdue',

  'print.title': 'Individual rehabilitation plan',
  'print.person': 'For: {name}',
  'print.period': 'Plan period: {from} – {to}',
  'print.goals': 'Our goals',
  'print.goal_expected': 'By {date} we hope: {text}',
  'print.more_goals': '{count, plural, one {# more goal} other {# more goals}} — see the app',
  'print.activities': 'Activities at home',
  'print.with': 'With: {who}',
  'print.stop_if': 'Stop and call your worker: {sign}',
  'print.more_activities':
    '{count, plural, one {# more activity} other {# more activities}} — see the app',
  'print.next_visit': 'Next visit: {date}',
  'print.next_visit_unknown': 'Agree the next visit with your worker',
  'print.worker': 'CBR worker: {name}',
  'print.worker_phone': 'CBR worker: {name}, tel. {phone}',
  'print.footer': 'Birge · printed {date}',
};
