/**
 * Rehabilitation plans, GAS reviews, practice logs and visits (issue 5; docs/decisions/0020).
 * A plan keeps its goals and home programme as JSONB inside its row: it is written, versioned,
 * synced and conflicted as one record, and every revision is kept whole in plan_versions.
 * Reviews and practice logs refer to goals and assignments by the ids inside that JSON; they carry
 * the person and household so pulls and scope checks find them like assessments. Visits belong to
 * a household. Every synced table has rev, deleted_at and the sync_stamp triggers (decision 0012).
 */
export const sql = /* sql */ `
CREATE TABLE plans (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  status text NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on >= starts_on),
  goals jsonb NOT NULL,
  assignments jsonb NOT NULL,
  visit_interval_days integer NOT NULL CHECK (visit_interval_days > 0),
  review_interval_days integer NOT NULL CHECK (review_interval_days > 0),
  gas_weighting text NOT NULL CHECK (gas_weighting IN ('importance_difficulty', 'equal')),
  note text,
  activated_on date,
  closed_on date,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX plans_person_idx
  ON plans (person_id, starts_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX plans_sync_idx ON plans (household_id, sync_tx, sync_seq);
CREATE INDEX plans_sync_cursor_idx ON plans (sync_tx, sync_seq);

-- Every revision of a plan, whole, as it was after the write (the plan's version history).
CREATE TABLE plan_versions (
  plan_id uuid NOT NULL REFERENCES plans (id),
  rev integer NOT NULL,
  status text NOT NULL,
  change text NOT NULL CHECK (change IN ('created', 'updated', 'status')),
  content jsonb NOT NULL,
  changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, rev)
);

CREATE TABLE plan_reviews (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES plans (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  reviewed_on date NOT NULL,
  plan_rev integer NOT NULL,
  goals jsonb NOT NULL,
  gas_weighting text NOT NULL,
  rho double precision NOT NULL CHECK (rho >= 0 AND rho < 1),
  t_score double precision,
  note text,
  reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX plan_reviews_plan_idx ON plan_reviews (plan_id, reviewed_on, created_at);
CREATE INDEX plan_reviews_sync_idx ON plan_reviews (household_id, sync_tx, sync_seq);
CREATE INDEX plan_reviews_sync_cursor_idx ON plan_reviews (sync_tx, sync_seq);

CREATE TABLE practice_logs (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES plans (id),
  assignment_id uuid NOT NULL,
  activity_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  practiced_on date NOT NULL,
  result text NOT NULL CHECK (result IN ('done', 'partly', 'not_today')),
  note text,
  logged_by uuid REFERENCES users (id) ON DELETE SET NULL,
  logged_by_role text,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX practice_logs_plan_idx ON practice_logs (plan_id, practiced_on, created_at);
CREATE INDEX practice_logs_sync_idx ON practice_logs (household_id, sync_tx, sync_seq);
CREATE INDEX practice_logs_sync_cursor_idx ON practice_logs (sync_tx, sync_seq);

CREATE TABLE visits (
  id uuid PRIMARY KEY,
  household_id uuid NOT NULL REFERENCES households (id),
  kind text NOT NULL CHECK (kind IN ('home', 'phone', 'community')),
  visited_on date NOT NULL,
  person_ids text[] NOT NULL DEFAULT '{}',
  plan_id uuid REFERENCES plans (id),
  present_member_ids text[] NOT NULL DEFAULT '{}',
  present_others text[] NOT NULL DEFAULT '{}',
  activity_ids text[] NOT NULL DEFAULT '{}',
  assessment_ids text[] NOT NULL DEFAULT '{}',
  review_ids text[] NOT NULL DEFAULT '{}',
  notes text,
  next_visit_on date CHECK (next_visit_on > visited_on),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX visits_household_idx
  ON visits (household_id, visited_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX visits_persons_idx ON visits USING gin (person_ids);
CREATE INDEX visits_sync_idx ON visits (household_id, sync_tx, sync_seq);
CREATE INDEX visits_sync_cursor_idx ON visits (sync_tx, sync_seq);

CREATE TRIGGER plans_sync_insert BEFORE INSERT ON plans
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER plans_sync_update BEFORE UPDATE ON plans FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER plan_reviews_sync_insert BEFORE INSERT ON plan_reviews
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER plan_reviews_sync_update BEFORE UPDATE ON plan_reviews FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER practice_logs_sync_insert BEFORE INSERT ON practice_logs
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER practice_logs_sync_update BEFORE UPDATE ON practice_logs FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER visits_sync_insert BEFORE INSERT ON visits
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER visits_sync_update BEFORE UPDATE ON visits FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at)
  EXECUTE FUNCTION sync_stamp();

-- A person who moves takes their plans, reviews and practice along; a person removed removes them.
CREATE FUNCTION plans_follow_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.household_id IS DISTINCT FROM OLD.household_id THEN
    UPDATE plans SET household_id = NEW.household_id WHERE person_id = NEW.id;
    UPDATE plan_reviews SET household_id = NEW.household_id WHERE person_id = NEW.id;
    UPDATE practice_logs SET household_id = NEW.household_id WHERE person_id = NEW.id;
  END IF;
  IF NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
    UPDATE plans SET deleted_at = NEW.deleted_at, updated_at = NEW.deleted_at, rev = rev + 1
      WHERE person_id = NEW.id AND deleted_at IS NULL;
    UPDATE plan_reviews SET deleted_at = NEW.deleted_at, updated_at = NEW.deleted_at, rev = rev + 1
      WHERE person_id = NEW.id AND deleted_at IS NULL;
    UPDATE practice_logs SET deleted_at = NEW.deleted_at, updated_at = NEW.deleted_at, rev = rev + 1
      WHERE person_id = NEW.id AND deleted_at IS NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER persons_plans_follow AFTER UPDATE ON persons FOR EACH ROW
  WHEN (NEW.household_id IS DISTINCT FROM OLD.household_id
    OR (NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL))
  EXECUTE FUNCTION plans_follow_person();

-- Consent given or withdrawn changes whether a device may show the person's plan and its records.
CREATE FUNCTION sync_touch_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE plans SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq')
    WHERE person_id = NEW.person_id;
  UPDATE plan_reviews SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq')
    WHERE person_id = NEW.person_id;
  UPDATE practice_logs SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq')
    WHERE person_id = NEW.person_id;
  RETURN NULL;
END $$;
CREATE TRIGGER consents_sync_touch_plans AFTER INSERT OR UPDATE ON consents
  FOR EACH ROW EXECUTE FUNCTION sync_touch_plans();
`;
