import type {
  Assessment,
  AssessmentInput,
  AssessmentUpdate,
  Consent,
  ConsentInput,
  ConsentWithdrawal,
  Household,
  HouseholdInput,
  HouseholdPage,
  HouseholdUpdate,
  Instance,
  Language,
  LoginInput,
  Me,
  Person,
  PersonInput,
  PersonUpdate,
} from '@birge/domain';

/**
 * The one door screens use to reach data. The HTTP adapter talks to the server; the offline
 * adapter (next milestone) will answer from IndexedDB and queue writes in an outbox. Both throw
 * `RepositoryError` for anything the user can act on.
 */

/** A KATO place as the place picker shows it. */
export interface Place {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  /** Names of the enclosing places, region first. */
  path: string[];
  retired: boolean;
}

export interface PlaceQuery {
  /** At least two characters; the server matches place names in the interface language. */
  text: string;
  limit?: number;
}

export interface PageRequest {
  q?: string;
  cursor?: string | null;
  limit?: number;
}

export interface PersonHistoryEntry {
  at: string;
  /** Display name of who made the change; null for system changes. */
  actor: string | null;
  op: string;
  fields: string[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  fields: string[];
  ip: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  breaks: { chain: number; seq: number; id: number }[];
}

export interface SessionOperations {
  /** The installation's mode (demo accounts exist only in demo mode) and version. */
  instance: () => Promise<Instance>;
  /** The signed-in user, or null when nobody is signed in. */
  currentUser: () => Promise<Me | null>;
  signIn: (credentials: LoginInput) => Promise<Me>;
  signOut: () => Promise<void>;
  /** Remembers the interface language for the signed-in user. */
  setLanguage: (language: Language) => Promise<Me>;
}

export interface PlaceOperations {
  /** Settlements and towns (KATO level 3 and below) inside the user's own places. */
  searchPlaces: (query: PlaceQuery) => Promise<Place[]>;
}

export interface HouseholdOperations {
  listHouseholds: (page: PageRequest) => Promise<HouseholdPage>;
  getHousehold: (id: string) => Promise<Household>;
  createHousehold: (input: HouseholdInput) => Promise<Household>;
  updateHousehold: (id: string, update: HouseholdUpdate) => Promise<Household>;
}

export interface PersonOperations {
  getPerson: (id: string) => Promise<Person>;
  createPerson: (input: PersonInput) => Promise<Person>;
  updatePerson: (id: string, update: PersonUpdate) => Promise<Person>;
  personHistory: (id: string) => Promise<PersonHistoryEntry[]>;
  addConsent: (personId: string, input: ConsentInput) => Promise<Consent>;
  withdrawConsent: (consentId: string, withdrawal: ConsentWithdrawal) => Promise<Consent>;
}

/** Assessments with standard instruments (issue 4); scored by the domain's engine on both sides. */
export interface AssessmentOperations {
  /** A person's assessments, newest first (by day, then by when they were recorded). */
  listAssessments: (personId: string) => Promise<Assessment[]>;
  getAssessment: (id: string) => Promise<Assessment>;
  /** Saves answers so far: incomplete answers are kept as a draft and scored as missing. */
  createAssessment: (input: AssessmentInput) => Promise<Assessment>;
  updateAssessment: (id: string, update: AssessmentUpdate) => Promise<Assessment>;
}

export interface AuditOperations {
  listAudit: (page: { cursor?: string | null; limit?: number }) => Promise<AuditPage>;
  verifyAudit: () => Promise<AuditVerification>;
  /** Where the browser downloads the whole log as CSV. */
  auditExportUrl: () => string;
}

export interface RegistryRepository
  extends SessionOperations,
    PlaceOperations,
    HouseholdOperations,
    PersonOperations,
    AssessmentOperations,
    AuditOperations {}
