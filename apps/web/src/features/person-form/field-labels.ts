import type { MessageKey, Translate } from '@birge/domain';
import type { SummaryItem } from '../../components/error-summary.component.js';
import type { FieldErrors } from './issues.js';

const PERSON: Record<string, MessageKey> = {
  givenName: 'person.givenName',
  familyName: 'person.familyName',
  patronymic: 'person.patronymic',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  birthDateEstimated: 'person.birthDateEstimated',
  iin: 'person.iin',
  relationToHead: 'person.relationToHead',
  languages: 'person.languages',
  phone: 'person.phone',
  disability: 'person.disability',
  'disability.status': 'person.disabilityStatus',
  'disability.category': 'person.disabilityCategory',
  'disability.group': 'person.disabilityGroup',
  'disability.establishedOn': 'person.disabilityEstablishedOn',
  'disability.reviewOn': 'person.disabilityReviewOn',
  'disability.indefinite': 'person.disabilityIndefinite',
  'disability.cause': 'person.disabilityCause',
  icd10: 'person.icd10',
  caregivers: 'person.caregivers',
  notes: 'person.notes',
};

const CONSENT: Record<string, MessageKey> = {
  givenBy: 'consent.givenBy',
  representativePersonId: 'consent.representativePerson',
  representativeName: 'consent.representativeName',
  representativeRelation: 'consent.representativeRelation',
  scopes: 'consent.scopes',
  method: 'consent.method',
  givenOn: 'consent.givenOn',
  expiresOn: 'consent.expiresOn',
  documentRef: 'consent.documentRef',
  withdrawnOn: 'consent.withdrawnOn',
  reason: 'consent.withdrawalReason',
};

const HOUSEHOLD: Record<string, MessageKey> = {
  placeCode: 'household.place',
  address: 'household.address',
  landmark: 'household.landmark',
  phone: 'household.phone',
  notes: 'household.notes',
  'livingConditions.dwelling': 'household.dwelling',
  'livingConditions.rooms': 'household.rooms',
  'livingConditions.floor': 'household.floor',
  'livingConditions.elevator': 'household.elevator',
  'livingConditions.water': 'household.water',
  'livingConditions.sanitation': 'household.sanitation',
  'livingConditions.heating': 'household.heating',
  'livingConditions.electricity': 'household.electricity',
  'livingConditions.povertyMarkers': 'household.poverty',
};

export type FormKind = 'person' | 'household' | 'consent';

/** The label of the field an error path points to, for messages in an error summary. */
export function fieldLabelKey(kind: FormKind, path: string): MessageKey | null {
  if (kind === 'household') return HOUSEHOLD[path] ?? null;
  if (kind === 'consent') return CONSENT[path] ?? null;
  if (path.startsWith('consent.')) return CONSENT[path.slice('consent.'.length)] ?? null;
  if (path.startsWith('caregivers.')) return 'person.caregivers';
  return PERSON[path] ?? null;
}

/**
 * Summary lines for a form's errors: "Label: message", each linked to its control
 * (`idPrefix + path`). `subject` names whose form it is when a page has several (the wizard).
 */
export function summaryItems(
  errors: FieldErrors,
  options: { kind: FormKind; idPrefix: string; t: Translate; subject?: string },
): SummaryItem[] {
  const { kind, idPrefix, t, subject } = options;
  return Object.entries(errors).map(([path, message]) => {
    const key = fieldLabelKey(kind, path);
    const field = key ? t(key) : null;
    const text = field ? t('form.fieldError', { field, message }) : message;
    return {
      fieldId: `${idPrefix}${path}`,
      message: subject ? t('form.subjectError', { subject, message: text }) : text,
    };
  });
}
