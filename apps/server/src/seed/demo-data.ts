import type { ConsentInput, LivingConditions, PersonInput } from '@birge/domain';

/**
 * A small, realistic district caseload for demonstrations: real KATO settlements of Talgar district
 * (Almaty Region) for `worker`, and of Karasay district for `worker2`. People are invented.
 */

export const DEMO_PASSWORD = 'birge-demo';
export const TALGAR_DISTRICT = '196200000';
export const KARASAY_DISTRICT = '195200000';
export const ALMATY_REGION = '190000000';

export type Member = Omit<
  PersonInput,
  'householdId' | 'consent' | 'confirmNotDuplicate' | 'caregivers' | 'id'
> & {
  key: string;
  caregivers?: {
    key: string;
    relation: PersonInput['caregivers'][number]['relation'];
    primary?: boolean;
    legal?: boolean;
  }[];
  consent?: Omit<ConsentInput, 'representativePersonId'> & { representativeKey?: string };
  iinSerial?: number;
  /** Backdates the consent after creation, to show an expired one. */
  consentBackdatedTo?: { givenOn: string; expiresOn: string };
};

export interface DemoHousehold {
  key: string;
  worker: 'worker' | 'worker2';
  placeCode: string;
  address: string;
  landmark?: string;
  phone?: string;
  povertyMarkers?: LivingConditions['povertyMarkers'];
  dwelling: 'house' | 'apartment';
  water: 'piped_indoor' | 'yard_tap' | 'well';
  sanitation: 'indoor_toilet' | 'outdoor_latrine';
  heating: 'central' | 'gas' | 'coal_wood';
  members: Member[];
}

export const consent = (
  givenOn: string,
  expiresOn: string,
  extra: Partial<Member['consent']> = {},
): Member['consent'] => ({
  givenBy: 'self',
  representativeName: null,
  representativeRelation: null,
  scopes: ['registration', 'assessment', 'sharing_with_services', 'contact_by_phone'],
  method: 'signed_paper',
  givenOn,
  expiresOn,
  documentRef: null,
  ...extra,
});

export const base = {
  birthDateEstimated: false,
  patronymic: null,
  phone: null,
  notes: null,
  icd10: [],
  disability: null,
  iin: null,
};
