import { isMessageKey, type ConflictResolution, type Translate } from '@birge/domain';
import { fieldLabelKey, type FormKind } from '../person-form/field-labels.js';

/**
 * How a conflict's fields are shown and chosen: readable labels and values for the field-by-field
 * comparison, and the resolution a supervisor's choices make. Pure, so it is tested on its own.
 */

export type Side = 'server' | 'device';
export type Picks = Readonly<Record<string, Side>>;

interface ValueContext {
  t: Translate;
  formatDate: (iso: string) => string;
}

const KINDS: Record<string, FormKind> = {
  person: 'person',
  household: 'household',
  consent: 'consent',
};

/** Fields whose values are enum codes, with the catalogue prefix that names them. */
const ENUMS: Record<string, string> = {
  sex: 'enum.sex',
  relationToHead: 'enum.relation',
  languages: 'enum.language',
  status: 'enum.disabilityStatus',
  category: 'enum.disabilityCategory',
  group: 'enum.disabilityGroup',
  cause: 'enum.disabilityCause',
  relation: 'enum.caregiver',
  dwelling: 'enum.dwelling',
  water: 'enum.water',
  sanitation: 'enum.sanitation',
  heating: 'enum.heating',
  povertyMarkers: 'enum.poverty',
  givenBy: 'enum.consentGiver',
  representativeRelation: 'enum.representative',
  scopes: 'enum.consentScope',
  method: 'enum.consentMethod',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The order the registry forms show nested fields in, so both versions list them alike. */
const NESTED_ORDER = [
  'status',
  'category',
  'group',
  'establishedOn',
  'reviewOn',
  'indefinite',
  'cause',
  'dwelling',
  'rooms',
  'floor',
  'elevator',
  'water',
  'sanitation',
  'heating',
  'electricity',
  'povertyMarkers',
];

function nestedRank(key: string): number {
  const index = NESTED_ORDER.indexOf(key);
  return index === -1 ? NESTED_ORDER.length : index;
}

/** The entity's form kind, when the field labels of the registry forms fit it. */
export function entityKind(entity: string): FormKind | null {
  return KINDS[entity] ?? null;
}

/** "Tegi", "Su kozi": the label the registry forms use for the field, or the field's own name. */
export function fieldLabel(entity: string, path: string, t: Translate): string {
  const kind = entityKind(entity);
  const key = kind ? fieldLabelKey(kind, path) : null;
  return key ? t(key) : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return ctx.t('common.notSet');
  if (typeof value === 'boolean') return value ? ctx.t('common.yes') : ctx.t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const prefix = ENUMS[field];
    const key = prefix ? `${prefix}.${value}` : '';
    if (isMessageKey(key)) return ctx.t(key);
    return DATE.test(value) ? ctx.formatDate(value) : value;
  }
  if (Array.isArray(value))
    return value.length
      ? value.map((item) => scalar(field, item, ctx)).join(', ')
      : ctx.t('common.notSet');
  return JSON.stringify(value);
}

/** A caregiver link in words: "Mother; primary caregiver". */
function caregiver(value: unknown, ctx: ValueContext): string {
  if (!isRecord(value)) return scalar('relation', value, ctx);
  const parts = [scalar('relation', value.relation, ctx)];
  if (value.primary === true) parts.push(ctx.t('person.caregiverPrimary'));
  if (value.legalRepresentative === true) parts.push(ctx.t('person.caregiverLegal'));
  return parts.join('; ');
}

/**
 * A value as lines of text: one line for a plain value, "Label: value" lines for a nested record
 * (disability, living conditions, coordinates), one line per caregiver. Never raw JSON for the
 * shapes the registry has.
 */
export function formatFieldValue(
  entity: string,
  field: string,
  value: unknown,
  ctx: ValueContext,
): string[] {
  if (field === 'caregivers' && Array.isArray(value))
    return value.length ? value.map((item) => caregiver(item, ctx)) : [ctx.t('common.notSet')];
  if (field === 'coordinates' && isRecord(value))
    return [`${scalar('lat', value.lat, ctx)}, ${scalar('lon', value.lon, ctx)}`];
  if (isRecord(value)) {
    const lines = Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '')
      .sort(([a], [b]) => nestedRank(a) - nestedRank(b))
      .map(([key, inner]) => {
        const label = fieldLabel(entity, `${field}.${key}`, ctx.t);
        return ctx.t('supervision.conflict.subValue', {
          field: label,
          value: scalar(key, inner, ctx),
        });
      });
    return lines.length ? lines : [ctx.t('common.notSet')];
  }
  return [scalar(field, value, ctx)];
}

/** Every differing field starts on the server's version: nothing changes until someone chooses. */
export function initialPicks(fields: readonly string[]): Record<string, Side> {
  return Object.fromEntries(fields.map((field) => [field, 'server' as const]));
}

/** How many fields would take the device's value. */
export function devicePickCount(fields: readonly string[], picks: Picks): number {
  return fields.filter((field) => picks[field] === 'device').length;
}

/**
 * The resolution for "merge the chosen fields": every differing field named with its side, so the
 * request says exactly what the supervisor saw (the server keeps its own for fields not named).
 */
export function mergeResolution(fields: readonly string[], picks: Picks): ConflictResolution {
  return {
    choice: 'merge',
    fields: Object.fromEntries(fields.map((field) => [field, picks[field] ?? 'server'])),
  };
}
