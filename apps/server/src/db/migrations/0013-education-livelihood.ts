/**
 * Education and livelihood (issue 6, items 4–5; docs/decisions/0027). One table holds a person's
 * education history — status entries, ПМПК conclusions and КППК support periods, told apart by
 * `kind` — and one their livelihood records. Entries are append-only: a mistake is soft-deleted
 * (`deleted_at`, audited) and entered again. `on_date` is the entry's date (a status's first day,
 * a conclusion's day, a support period's start) and `status` the education status of a `status`
 * entry, as columns so lists and indicators read them in SQL; the rest of an entry is `details`.
 * Both tables carry rev, deleted_at and the sync_stamp triggers (decision 0012), so devices can
 * sync them like visits.
 */
export const sql = /* sql */ `
CREATE TABLE education_records (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  kind text NOT NULL CHECK (kind IN ('status', 'pmpk', 'kppk')),
  on_date date NOT NULL,
  status text CHECK (status IN ('none', 'home_based', 'preschool', 'general_school',
    'general_school_inclusive', 'special_class', 'special_school', 'college_tvet', 'higher')),
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  deleted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL,
  CHECK ((kind = 'status') = (status IS NOT NULL))
);
-- The status in force: the latest live status entry of a person (lists read it per member).
CREATE INDEX education_records_status_idx
  ON education_records (person_id, on_date DESC, created_at DESC)
  WHERE kind = 'status' AND deleted_at IS NULL;
CREATE INDEX education_records_person_idx ON education_records (person_id) WHERE deleted_at IS NULL;
CREATE INDEX education_records_sync_idx ON education_records (household_id, sync_tx, sync_seq);
CREATE INDEX education_records_sync_cursor_idx ON education_records (sync_tx, sync_seq);

CREATE TABLE livelihood_records (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  recorded_on date NOT NULL,
  work_status text NOT NULL CHECK (work_status IN ('employed', 'self_employed',
    'unemployed_seeking', 'not_seeking', 'student', 'pensioner', 'homemaker')),
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  deleted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX livelihood_records_person_idx
  ON livelihood_records (person_id, recorded_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX livelihood_records_sync_idx ON livelihood_records (household_id, sync_tx, sync_seq);
CREATE INDEX livelihood_records_sync_cursor_idx ON livelihood_records (sync_tx, sync_seq);

CREATE TRIGGER education_records_sync_insert BEFORE INSERT ON education_records
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER education_records_sync_update BEFORE UPDATE ON education_records FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER livelihood_records_sync_insert BEFORE INSERT ON livelihood_records
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER livelihood_records_sync_update BEFORE UPDATE ON livelihood_records FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();
`;
