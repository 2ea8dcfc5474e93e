import {
  isReferralOpen,
  organizationDisplayName,
  personConsentStatus,
  referralDueOn,
  yearsBetween,
  type Language,
  type Referral,
  type ReferralEvent,
  type ReferralPerson,
} from '@birge/domain';
import { consentFactsOf } from '../assessments/assessments.mapper.js';
import { shownFamilyName, type RawConsent } from '../registry/consent-visibility.js';
import type { ReferralEventRow, ReferralRecord } from './referrals.repo.js';

/** Whose eyes a referral is shown to: the person's CBR side, or the addressed service. */
export type ReferralReader = 'cbr' | 'provider';

/** The parts of the person a provider may see (referrals.shared.ts loads them). */
export type SharedParts = Omit<ReferralPerson, 'id' | 'name' | 'sex' | 'birthDate' | 'age'>;

export function sharingConsentValid(
  person: { birth_date: string; consents: RawConsent[] },
  today: string,
): boolean {
  return (
    personConsentStatus(
      consentFactsOf(person.consents),
      person.birth_date,
      today,
      'sharing_with_services',
    ) === 'valid'
  );
}

export function toReferralEvent(row: ReferralEventRow): ReferralEvent {
  return {
    id: row.id,
    status: row.status,
    date: row.on_date,
    note: row.note,
    appointmentOn: row.appointment_on,
    byRole: row.by_role,
    by: row.by_name,
    at: row.at.toISOString(),
  };
}

/** The day the next step is expected, from the stored row (`referralDueOn`). */
export function dueOnOf(
  row: Pick<ReferralRecord, 'status' | 'urgency' | 'sent_on' | 'status_on' | 'appointment_on'>,
) {
  return referralDueOn({
    status: row.status,
    urgency: row.urgency,
    sentOn: row.sent_on,
    statusOn: row.status_on,
    appointmentOn: row.appointment_on,
  });
}

/**
 * A referral as `reader` may see it. The CBR side sees the person's id and the name the registry
 * shows (family name under valid consent); a provider sees the name the referral carried and,
 * from `shared`, only the parts the referral shares — never the household.
 */
export function toReferral(
  row: ReferralRecord,
  events: readonly ReferralEventRow[],
  options: { reader: ReferralReader; language: Language; today: string; shared?: SharedParts },
): Referral {
  const { reader, language, today } = options;
  const familyName = reader === 'provider' ? row.family_name : shownFamilyName(row, today);
  const person: ReferralPerson = {
    ...(reader === 'cbr' ? { id: row.person_id } : {}),
    name: [row.given_name, familyName].filter(Boolean).join(' '),
    sex: row.sex as ReferralPerson['sex'],
    birthDate: row.birth_date,
    age: yearsBetween(row.birth_date, today),
    ...(reader === 'provider' ? (options.shared ?? {}) : {}),
  };
  const dueOn = dueOnOf(row);
  const open = isReferralOpen(row.status);
  return {
    id: row.id,
    personId: row.person_id,
    householdId: reader === 'cbr' ? row.household_id : null,
    organizationId: row.organization_id,
    organization: {
      id: row.organization_id,
      name: organizationDisplayName(
        { name: row.organization_name, names: row.organization_names },
        language,
      ),
      type: row.organization_type as Referral['organization']['type'],
      placeCode: row.organization_place_code,
      address: row.organization_address,
      phone: row.organization_phone,
    },
    reason: row.reason,
    elements: row.elements,
    urgency: row.urgency,
    shared: row.shared,
    sentOn: row.sent_on,
    status: row.status,
    statusOn: row.status_on,
    appointmentOn: row.appointment_on,
    dueOn,
    open,
    overdue: open && dueOn !== null && dueOn < today,
    note: row.note,
    sentBy: row.sent_by_name,
    sentByPhone: row.sent_by_phone,
    events: events.map(toReferralEvent),
    person,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
