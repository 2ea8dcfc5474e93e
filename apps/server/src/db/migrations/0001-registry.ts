/** Places, users and sessions, households, persons, consents, change history and the audit log. */
export const sql = /* sql */ `
CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE place_classifier_versions (
  version text PRIMARY KEY,
  source text NOT NULL,
  sha256 text NOT NULL,
  row_count integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE places (
  code text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
  parent_code text COLLATE "C" REFERENCES places (code),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  locality_type smallint NOT NULL,
  name_kk_official text NOT NULL,
  name_ru_official text NOT NULL,
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text,
  search_text text NOT NULL,
  classifier_version text NOT NULL REFERENCES place_classifier_versions (version),
  retired_in text REFERENCES place_classifier_versions (version)
);
CREATE INDEX places_parent_idx ON places (parent_code);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'worker', 'supervisor', 'manager', 'provider', 'family', 'committee', 'analyst')),
  language text NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en')),
  household_id uuid,
  organization_id uuid,
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE user_scopes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  place_code text COLLATE "C" NOT NULL REFERENCES places (code),
  PRIMARY KEY (user_id, place_code)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  ip text,
  attempted_at timestamptz NOT NULL DEFAULT now(),
  succeeded boolean NOT NULL
);
CREATE INDEX login_attempts_username_idx ON login_attempts (lower(username), attempted_at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at);

CREATE TABLE households (
  id uuid PRIMARY KEY,
  place_code text COLLATE "C" NOT NULL REFERENCES places (code),
  address text NOT NULL,
  landmark text,
  latitude double precision,
  longitude double precision,
  phone text,
  living_conditions jsonb NOT NULL,
  in_poverty boolean NOT NULL DEFAULT false,
  notes text,
  search_text text NOT NULL DEFAULT '',
  rev integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  updated_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX households_place_idx ON households (place_code text_pattern_ops, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX households_id_live_idx ON households (id DESC) WHERE deleted_at IS NULL;

ALTER TABLE users ADD CONSTRAINT users_household_fk FOREIGN KEY (household_id) REFERENCES households (id);

CREATE TABLE persons (
  id uuid PRIMARY KEY,
  household_id uuid NOT NULL REFERENCES households (id),
  given_name text NOT NULL,
  family_name text,
  patronymic text,
  sex text NOT NULL CHECK (sex IN ('female', 'male')),
  birth_date date NOT NULL,
  birth_date_estimated boolean NOT NULL DEFAULT false,
  iin text COLLATE "C",
  relation_to_head text NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  phone text,
  disability_status text,
  disability_category text,
  disability_group text,
  disability_established_on date,
  disability_review_on date,
  disability_indefinite boolean NOT NULL DEFAULT false,
  disability_cause text,
  icd10 text[] NOT NULL DEFAULT '{}',
  notes text,
  name_key text NOT NULL,
  rev integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  updated_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX persons_iin_key ON persons (iin) WHERE iin IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX persons_household_idx ON persons (household_id) WHERE deleted_at IS NULL;
CREATE INDEX persons_birth_date_idx ON persons (birth_date) WHERE deleted_at IS NULL;

CREATE TABLE person_caregivers (
  person_id uuid NOT NULL REFERENCES persons (id),
  caregiver_id uuid NOT NULL REFERENCES persons (id),
  relation text NOT NULL,
  is_primary boolean NOT NULL DEFAULT false,
  is_legal_representative boolean NOT NULL DEFAULT false,
  PRIMARY KEY (person_id, caregiver_id),
  CHECK (person_id <> caregiver_id)
);
CREATE INDEX person_caregivers_caregiver_idx ON person_caregivers (caregiver_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  given_by text NOT NULL CHECK (given_by IN ('self', 'representative')),
  representative_person_id uuid REFERENCES persons (id),
  representative_name text,
  representative_relation text,
  scopes text[] NOT NULL,
  method text NOT NULL,
  given_on date NOT NULL,
  expires_on date NOT NULL,
  withdrawn_on date,
  withdrawal_reason text,
  document_ref text,
  recorded_by uuid REFERENCES users (id),
  withdrawn_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_on > given_on)
);
CREATE INDEX consents_person_idx ON consents (person_id);

CREATE TABLE record_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  rev integer NOT NULL,
  op text NOT NULL CHECK (op IN ('create', 'update', 'delete', 'redact')),
  changed_fields text[] NOT NULL DEFAULT '{}',
  snapshot jsonb,
  actor_id uuid REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_history_entity_idx ON record_history (entity_id, id);

-- Append-only: no update or delete path, even for the application's own role; each row carries the
-- hash of its chain's previous row, so a removed or altered row breaks the chain.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chain smallint NOT NULL,
  chain_seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_username text,
  actor_role text,
  action text NOT NULL,
  entity text,
  entity_id text,
  fields text[] NOT NULL DEFAULT '{}',
  ip text,
  user_agent text,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (chain, chain_seq)
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
`;
