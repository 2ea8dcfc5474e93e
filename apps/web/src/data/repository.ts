import type {
  Activity,
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
  Plan,
  PlanInput,
  PlanReview,
  PlanReviewInput,
  PlanStatusChange,
  PlanUpdate,
  PlanVersion,
  PracticeLog,
  PracticeLogInput,
  PracticeLogList,
  PracticeLogUpdate,
  Task,
  Visit,
  VisitInput,
  VisitUpdate,
} from '@birge/domain';
import type { InvitationOperations } from './http-invitations.js';
import type { EducationOperations } from './education-operations.js';
import type { ReferralOperations } from './referral-operations.js';

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

/** Individual rehabilitation plans (issue 5), checked with the domain's plan rules on both sides. */
export interface PlanOperations {
  /** A person's plans, newest period first. */
  listPlans: (personId: string) => Promise<Plan[]>;
  getPlan: (id: string) => Promise<Plan>;
  createPlan: (input: PlanInput) => Promise<Plan>;
  /** A new version of the content (and maybe the status); `rev` is the revision edited. */
  updatePlan: (id: string, update: PlanUpdate) => Promise<Plan>;
  /** Agree, complete or cancel a plan, its content unchanged. */
  changePlanStatus: (id: string, change: PlanStatusChange) => Promise<Plan>;
  /** Every revision, oldest first (the server keeps them; offline this fails as `network`). */
  planHistory: (id: string) => Promise<PlanVersion[]>;
}

/** GAS reviews: scored and given a T-score by the domain's `evaluateReview` on both sides. */
export interface ReviewOperations {
  /** A plan's reviews, oldest first (the T-score trend). */
  listReviews: (planId: string) => Promise<PlanReview[]>;
  createReview: (input: PlanReviewInput) => Promise<PlanReview>;
}

/** The home programme's practice log, with adherence per assignment and ISO week. */
export interface PracticeOperations {
  listPractice: (planId: string) => Promise<PracticeLogList>;
  logPractice: (input: PracticeLogInput) => Promise<PracticeLog>;
  updatePractice: (id: string, update: PracticeLogUpdate) => Promise<PracticeLog>;
}

export type VisitQuery = { householdId: string } | { personId: string };

export interface VisitOperations {
  /** A household's visits, or those about a person, newest first. */
  listVisits: (query: VisitQuery) => Promise<Visit[]>;
  getVisit: (id: string) => Promise<Visit>;
  createVisit: (input: VisitInput) => Promise<Visit>;
  updateVisit: (id: string, update: VisitUpdate) => Promise<Visit>;
}

/** The activity library: every card, retired ones too (plans that have them keep showing them). */
export interface ActivityOperations {
  listActivities: () => Promise<Activity[]>;
}

/** The worker's follow-ups, computed by the domain's task rules (on the device when it can). */
export interface TaskOperations {
  /** Open tasks of the caseload (or one household), due soonest first, overdue included. */
  listTasks: (query?: { householdId?: string }) => Promise<Task[]>;
}

export interface AuditOperations {
  listAudit: (page: { cursor?: string | null; limit?: number }) => Promise<AuditPage>;
  verifyAudit: () => Promise<AuditVerification>;
  /** Where the browser downloads the whole log as CSV. */
  auditExportUrl: () => string;
}

export interface RegistryRepository
  extends
    SessionOperations,
    PlaceOperations,
    HouseholdOperations,
    PersonOperations,
    AssessmentOperations,
    PlanOperations,
    ReviewOperations,
    PracticeOperations,
    VisitOperations,
    ActivityOperations,
    TaskOperations,
    InvitationOperations,
    EducationOperations,
    ReferralOperations,
    AuditOperations {}
