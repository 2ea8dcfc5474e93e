import type {
  ActivityAssignment,
  CbrElementId,
  ReferralShare,
  ReferralStatus,
  ReferralUrgency,
  GasWeighting,
  PlanGoal,
  PlanStatus,
  PracticeResult,
  ReviewedGoal,
  VisitKind,
} from '@birge/domain';
import type { ColumnType, Generated } from 'kysely';

/** Kysely table types; they mirror migrations/ and are checked by the integration tests. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedTimestamp = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface AppMetaTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface PlaceClassifierVersionsTable {
  version: string;
  source: string;
  sha256: string;
  row_count: number;
  imported_at: Timestamp;
}

export interface PlacesTable {
  code: string;
  parent_code: string | null;
  level: number;
  locality_type: number;
  name_kk_official: string;
  name_ru_official: string;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
  search_text: string;
  classifier_version: string;
  retired_in: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  language: Generated<string>;
  household_id: string | null;
  /** Migration 0009: the person a `family` account belongs to, and its device store's secret. */
  person_id: Generated<string | null>;
  device_secret: Generated<string | null>;
  /** Migration 0010: a work phone, printed on the family's plan. */
  phone: Generated<string | null>;
  organization_id: string | null;
  is_demo: Generated<boolean>;
  disabled_at: Date | null;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
}

export interface UserScopesTable {
  user_id: string;
  place_code: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedTimestamp;
  expires_at: Date;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string | null;
  attempted_at: Timestamp;
  succeeded: boolean;
}

export interface HouseholdsTable {
  id: string;
  place_code: string;
  address: string;
  landmark: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  living_conditions: Json<unknown>;
  in_poverty: boolean;
  notes: string | null;
  search_text: string;
  rev: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  /** Written by the sync_stamp trigger (migration 0004); read as text. */
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface PersonsTable {
  id: string;
  household_id: string;
  given_name: string;
  family_name: string | null;
  patronymic: string | null;
  sex: string;
  birth_date: string;
  birth_date_estimated: boolean;
  iin: string | null;
  relation_to_head: string;
  languages: string[];
  phone: string | null;
  disability_status: string | null;
  disability_category: string | null;
  disability_group: string | null;
  disability_established_on: string | null;
  disability_review_on: string | null;
  disability_indefinite: boolean;
  disability_cause: string | null;
  icd10: string[];
  notes: string | null;
  name_key: string;
  rev: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  /** Written by the sync_stamp trigger (migration 0004); read as text. */
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface PersonCaregiversTable {
  person_id: string;
  caregiver_id: string;
  relation: string;
  is_primary: boolean;
  is_legal_representative: boolean;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  given_by: string;
  representative_person_id: string | null;
  representative_name: string | null;
  representative_relation: string | null;
  scopes: string[];
  method: string;
  given_on: string;
  expires_on: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  document_ref: string | null;
  recorded_by: string | null;
  withdrawn_by: string | null;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
}

export interface AssessmentsTable {
  id: string;
  person_id: string;
  household_id: string;
  instrument: string;
  version: string;
  assessed_on: string;
  age_months: number;
  answers: Json<Record<string, number | string>>;
  scores: Json<Record<string, unknown>>;
  status: 'draft' | 'complete';
  positive: boolean | null;
  note: string | null;
  assessed_by: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  /** Written by the sync_stamp trigger (migration 0006); read as text. */
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

/** Migration 0007: plans keep goals and assignments as JSONB (docs/decisions/0020). */
export interface PlansTable {
  id: string;
  person_id: string;
  household_id: string;
  status: PlanStatus;
  starts_on: string;
  ends_on: string;
  goals: Json<PlanGoal[]>;
  assignments: Json<ActivityAssignment[]>;
  visit_interval_days: number;
  review_interval_days: number;
  gas_weighting: GasWeighting;
  note: string | null;
  activated_on: string | null;
  closed_on: string | null;
  created_by: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface PlanVersionsTable {
  plan_id: string;
  rev: number;
  status: PlanStatus;
  change: 'created' | 'updated' | 'status';
  content: Json<Record<string, unknown>>;
  changed_by: string | null;
  changed_at: CreatedTimestamp;
}

export interface PlanReviewsTable {
  id: string;
  plan_id: string;
  person_id: string;
  household_id: string;
  reviewed_on: string;
  plan_rev: number;
  goals: Json<ReviewedGoal[]>;
  gas_weighting: GasWeighting;
  rho: number;
  t_score: number | null;
  note: string | null;
  reviewed_by: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface PracticeLogsTable {
  id: string;
  plan_id: string;
  assignment_id: string;
  activity_id: string;
  person_id: string;
  household_id: string;
  practiced_on: string;
  result: PracticeResult;
  note: string | null;
  logged_by: string | null;
  logged_by_role: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface VisitsTable {
  id: string;
  household_id: string;
  kind: VisitKind;
  visited_on: string;
  person_ids: string[];
  plan_id: string | null;
  present_member_ids: string[];
  present_others: string[];
  activity_ids: string[];
  assessment_ids: string[];
  review_ids: string[];
  notes: string | null;
  next_visit_on: string | null;
  recorded_by: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

/** Migration 0009: family invitations, by the SHA-256 of their code. */
export interface InvitationsTable {
  id: string;
  code_hash: string;
  household_id: string;
  person_id: string;
  issued_by: string | null;
  issued_at: CreatedTimestamp;
  expires_at: Date;
  used_at: Date | null;
  used_by: string | null;
  withdrawn_at: Date | null;
}

/** Migration 0008: the activity library, one row per card (its current version). */
export interface ActivitiesTable {
  id: string;
  version: number;
  category: string;
  min_months: number;
  max_months: number | null;
  data: Json<Record<string, unknown>>;
  /** The shipped version the text came from; null for a card an admin added. */
  builtin_version: number | null;
  /** Changed by an admin since it was shipped: newer shipped versions no longer replace it. */
  edited: Generated<boolean>;
  retired: Generated<boolean>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Migration 0008: every version of every card's text. */
export interface ActivityVersionsTable {
  activity_id: string;
  version: number;
  data: Json<Record<string, unknown>>;
  created_at: CreatedTimestamp;
  created_by: string | null;
}

export interface RecordHistoryTable {
  id: Generated<number>;
  entity: string;
  entity_id: string;
  rev: number;
  op: 'create' | 'update' | 'delete' | 'redact';
  changed_fields: string[];
  snapshot: Json<Record<string, unknown> | null> | null;
  actor_id: string | null;
  at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  chain: number;
  chain_seq: number;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  fields: string[];
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface DB {
  schema_migrations: SchemaMigrationsTable;
  app_meta: AppMetaTable;
  place_classifier_versions: PlaceClassifierVersionsTable;
  places: PlacesTable;
  users: UsersTable;
  user_scopes: UserScopesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  households: HouseholdsTable;
  persons: PersonsTable;
  person_caregivers: PersonCaregiversTable;
  consents: ConsentsTable;
  assessments: AssessmentsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  plan_reviews: PlanReviewsTable;
  practice_logs: PracticeLogsTable;
  visits: VisitsTable;
  invitations: InvitationsTable;
  activities: ActivitiesTable;
  activity_versions: ActivityVersionsTable;
  record_history: RecordHistoryTable;
  audit_log: AuditLogTable;
  caseload_assignments: CaseloadAssignmentsTable;
  sync_membership: SyncMembershipTable;
  sync_devices: SyncDevicesTable;
  sync_conflicts: SyncConflictsTable;
  sync_mutations: SyncMutationsTable;
  organizations: OrganizationsTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
}

export interface CaseloadAssignmentsTable {
  household_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: Timestamp;
}

export interface SyncMembershipTable {
  user_id: string;
  household_id: string;
  active: boolean;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface SyncDevicesTable {
  user_id: string;
  device_id: string;
  user_agent: string | null;
  first_seen_at: CreatedTimestamp;
  last_pull_at: Timestamp | null;
  last_push_at: Timestamp | null;
  last_success_at: Timestamp | null;
  pending: number | null;
}

export interface SyncConflictsTable {
  id: string;
  entity: string;
  record_id: string;
  household_id: string | null;
  place_code: string;
  op: 'upsert' | 'delete';
  base_rev: number | null;
  server_rev: number | null;
  device_data: Json<Record<string, unknown>> | null;
  mutation_id: string;
  device_id: string;
  created_by: string | null;
  created_at: CreatedTimestamp;
  status: Generated<'open' | 'resolved'>;
  resolution: 'server' | 'device' | 'merge' | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
}

export interface SyncMutationsTable {
  mutation_id: string;
  user_id: string;
  device_id: string;
  entity: string;
  record_id: string | null;
  op: string;
  status: 'applied' | 'conflict' | 'rejected';
  rev: number | null;
  errors: Json<{ path: string; code: string; message: string }[]>;
  conflict_id: string | null;
  received_at: CreatedTimestamp;
}

/** Migration 0011: the service directory (docs/decisions/0026). */
export interface OrganizationsTable {
  id: string;
  name: string;
  names: Json<{ kk?: string; ru?: string; en?: string }>;
  sector: string;
  type: string;
  place_code: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  opening_hours: string | null;
  languages: string[];
  services: string[];
  accessibility: string[];
  description: string | null;
  search_text: string;
  rev: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
}

export interface ReferralsTable {
  id: string;
  person_id: string;
  household_id: string;
  organization_id: string;
  reason: string;
  elements: CbrElementId[];
  urgency: ReferralUrgency;
  shared: ReferralShare[];
  sent_on: string;
  status: ReferralStatus;
  status_on: string;
  appointment_on: string | null;
  closed: ColumnType<boolean, never, never>;
  note: string | null;
  sent_by: string | null;
  rev: Generated<number>;
  created_at: CreatedTimestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  sync_tx: ColumnType<string, never, never>;
  sync_seq: ColumnType<string, never, never>;
}

export interface ReferralEventsTable {
  id: string;
  seq: ColumnType<string, never, never>;
  referral_id: string;
  status: ReferralStatus;
  on_date: string;
  appointment_on: string | null;
  note: string | null;
  by_user: string | null;
  by_role: string;
  at: CreatedTimestamp;
}
