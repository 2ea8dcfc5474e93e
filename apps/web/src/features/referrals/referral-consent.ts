import { personConsentStatus, todayIso, type Person } from '@birge/domain';

/**
 * A referral shows the service who the person is, so it needs a valid consent to sharing with
 * services on the day (the domain's `referralInputIssues`; docs/decisions/0028).
 */
export function canRefer(person: Person, today = todayIso()): boolean {
  return (
    personConsentStatus(person.consents, person.birthDate, today, 'sharing_with_services') ===
    'valid'
  );
}
