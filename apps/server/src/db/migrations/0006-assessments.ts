/**
 * Assessments: one use of one instrument for one person on one day (issue 4). The household is
 * copied from the person so a pull and a scope check find an assessment the way they find persons;
 * triggers keep it in step, remove a person's assessments with the person, and mark them changed
 * when the person's consents change (what a device may show depends on consent to assessment).
 */
export const sql = /* sql */ `
CREATE TABLE assessments (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  instrument text NOT NULL,
  version text NOT NULL,
  assessed_on date NOT NULL,
  age_months integer NOT NULL CHECK (age_months >= 0),
  answers jsonb NOT NULL,
  scores jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'complete')),
  positive boolean,
  note text,
  assessed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
-- A person's assessments newest first (the list order and its cursor).
CREATE INDEX assessments_person_idx
  ON assessments (person_id, assessed_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX assessments_sync_idx ON assessments (household_id, sync_tx, sync_seq);
CREATE INDEX assessments_sync_cursor_idx ON assessments (sync_tx, sync_seq);

CREATE TRIGGER assessments_sync_insert BEFORE INSERT ON assessments
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER assessments_sync_update BEFORE UPDATE ON assessments FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();

-- A person who moves takes their assessments along; a person removed removes them (tombstones).
CREATE FUNCTION assessments_follow_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.household_id IS DISTINCT FROM OLD.household_id THEN
    UPDATE assessments SET household_id = NEW.household_id WHERE person_id = NEW.id;
  END IF;
  IF NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
    UPDATE assessments SET deleted_at = NEW.deleted_at, updated_at = NEW.deleted_at, rev = rev + 1
      WHERE person_id = NEW.id AND deleted_at IS NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER persons_assessments_follow AFTER UPDATE ON persons FOR EACH ROW
  WHEN (NEW.household_id IS DISTINCT FROM OLD.household_id
    OR (NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL))
  EXECUTE FUNCTION assessments_follow_person();

-- Consent given or withdrawn changes whether a device may show the person's assessments.
CREATE FUNCTION sync_touch_assessments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assessments SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq')
    WHERE person_id = NEW.person_id;
  RETURN NULL;
END $$;
CREATE TRIGGER consents_sync_touch_assessments AFTER INSERT OR UPDATE ON consents
  FOR EACH ROW EXECUTE FUNCTION sync_touch_assessments();
`;
