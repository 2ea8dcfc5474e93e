import {
  householdInputSchema,
  type DWELLING_TYPES,
  type HEATING_TYPES,
  type Household,
  type HouseholdInput,
  type POVERTY_MARKERS,
  type SANITATION_TYPES,
  type WATER_SOURCES,
} from '@birge/domain';
import { issueToFieldCode, type FieldCode } from './issues.js';
import type { Checked } from './person-draft.js';

export type DwellingType = (typeof DWELLING_TYPES)[number];
export type WaterSource = (typeof WATER_SOURCES)[number];
export type SanitationType = (typeof SANITATION_TYPES)[number];
export type HeatingType = (typeof HEATING_TYPES)[number];
export type PovertyMarker = (typeof POVERTY_MARKERS)[number];
export type TriState = '' | 'yes' | 'no';

export interface PlaceRef {
  code: string;
  name: string;
  path: string[];
}

export interface HouseholdDraft {
  place: PlaceRef | null;
  address: string;
  landmark: string;
  phone: string;
  dwelling: DwellingType | '';
  rooms: string;
  floor: string;
  elevator: TriState;
  water: WaterSource | '';
  sanitation: SanitationType | '';
  heating: HeatingType | '';
  electricity: TriState;
  povertyMarkers: PovertyMarker[];
  notes: string;
}

export type HouseholdFields = Omit<HouseholdInput, 'id'>;

export const emptyHouseholdDraft = (): HouseholdDraft => ({
  place: null,
  address: '',
  landmark: '',
  phone: '',
  dwelling: '',
  rooms: '',
  floor: '',
  elevator: '',
  water: '',
  sanitation: '',
  heating: '',
  electricity: '',
  povertyMarkers: [],
  notes: '',
});

export function householdToDraft(household: Household): HouseholdDraft {
  const l = household.livingConditions;
  const tri = (value: boolean | null): TriState => (value === null ? '' : value ? 'yes' : 'no');
  return {
    place: { code: household.place.code, name: household.place.name, path: household.place.path },
    address: household.address,
    landmark: household.landmark ?? '',
    phone: household.phone ?? '',
    dwelling: l.dwelling ?? '',
    rooms: l.rooms === null ? '' : String(l.rooms),
    floor: l.floor === null ? '' : String(l.floor),
    elevator: tri(l.elevator),
    water: l.water ?? '',
    sanitation: l.sanitation ?? '',
    heating: l.heating ?? '',
    electricity: tri(l.electricity),
    povertyMarkers: [...l.povertyMarkers],
    notes: household.notes ?? '',
  };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const whole = (value: string): number | string | null => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};
const tri = (value: TriState) => (value === '' ? null : value === 'yes');

export function rawHousehold(draft: HouseholdDraft) {
  return {
    placeCode: draft.place?.code,
    address: draft.address.trim(),
    landmark: text(draft.landmark),
    coordinates: null,
    phone: text(draft.phone),
    livingConditions: {
      dwelling: draft.dwelling || null,
      rooms: whole(draft.rooms),
      floor: whole(draft.floor),
      elevator: tri(draft.elevator),
      water: draft.water || null,
      sanitation: draft.sanitation || null,
      heating: draft.heating || null,
      electricity: tri(draft.electricity),
      povertyMarkers: draft.povertyMarkers,
    },
    notes: text(draft.notes),
  };
}

const householdFieldsSchema = householdInputSchema.omit({ id: true });

export function checkHousehold(draft: HouseholdDraft): Checked<HouseholdFields> {
  const parsed = householdFieldsSchema.safeParse(rawHousehold(draft));
  if (parsed.success) return { ok: true, value: parsed.data, codes: [] };
  const codes: FieldCode[] = parsed.error.issues.map(issueToFieldCode);
  return { ok: false, codes };
}
