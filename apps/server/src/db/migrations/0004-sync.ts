/**
 * Offline sync (docs/sync-protocol.md). Synced rows carry the transaction that last wrote them and
 * a number from one global sequence; a pull returns only rows of transactions older than its
 * snapshot's xmin, so a late commit can never fall behind a cursor. Caseload assignments say which
 * worker holds a household; `sync_membership` is what each user's devices hold (the caseload within
 * the device limit), stamped the same way, so leaving it is a change a pull can see.
 */
export const sql = /* sql */ `
CREATE SEQUENCE sync_seq;

CREATE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.sync_tx := pg_current_xact_id();
  NEW.sync_seq := nextval('sync_seq');
  RETURN NEW;
END $$;

ALTER TABLE households ADD COLUMN sync_tx xid8, ADD COLUMN sync_seq bigint;
UPDATE households SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq');
ALTER TABLE households ALTER COLUMN sync_tx SET NOT NULL, ALTER COLUMN sync_seq SET NOT NULL;
CREATE INDEX households_sync_idx ON households (sync_tx, sync_seq);
CREATE TRIGGER households_sync_insert BEFORE INSERT ON households
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
-- search_text is refreshed on every member change; only what a device shows counts as a change.
CREATE TRIGGER households_sync_update BEFORE UPDATE ON households FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at)
  EXECUTE FUNCTION sync_stamp();

ALTER TABLE persons ADD COLUMN sync_tx xid8, ADD COLUMN sync_seq bigint;
UPDATE persons SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq');
ALTER TABLE persons ALTER COLUMN sync_tx SET NOT NULL, ALTER COLUMN sync_seq SET NOT NULL;
CREATE INDEX persons_sync_idx ON persons (household_id, sync_tx, sync_seq);
CREATE TRIGGER persons_sync_insert BEFORE INSERT ON persons
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER persons_sync_update BEFORE UPDATE ON persons FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at)
  EXECUTE FUNCTION sync_stamp();

-- A person's consents travel inside the person: a consent written is a change of the person.
CREATE FUNCTION sync_touch_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE persons SET sync_tx = pg_current_xact_id(), sync_seq = nextval('sync_seq')
    WHERE id = NEW.person_id;
  RETURN NULL;
END $$;
CREATE TRIGGER consents_sync_touch AFTER INSERT OR UPDATE ON consents
  FOR EACH ROW EXECUTE FUNCTION sync_touch_person();

CREATE TABLE caseload_assignments (
  household_id uuid PRIMARY KEY REFERENCES households (id),
  user_id uuid NOT NULL REFERENCES users (id),
  assigned_by uuid REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX caseload_assignments_user_idx ON caseload_assignments (user_id, assigned_at DESC);

-- Households created by a worker or supervisor so far are in their creator's caseload.
INSERT INTO caseload_assignments (household_id, user_id, assigned_by, assigned_at)
  SELECT h.id, h.created_by, h.created_by, h.created_at
  FROM households h JOIN users u ON u.id = h.created_by
  WHERE u.role IN ('worker', 'supervisor');

CREATE TABLE sync_membership (
  user_id uuid NOT NULL REFERENCES users (id),
  household_id uuid NOT NULL REFERENCES households (id),
  active boolean NOT NULL,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL,
  PRIMARY KEY (user_id, household_id)
);
CREATE INDEX sync_membership_cursor_idx ON sync_membership (user_id, sync_tx, sync_seq);
CREATE TRIGGER sync_membership_stamp BEFORE INSERT OR UPDATE ON sync_membership
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();

CREATE TABLE sync_devices (
  user_id uuid NOT NULL REFERENCES users (id),
  device_id uuid NOT NULL,
  user_agent text,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_pull_at timestamptz,
  last_push_at timestamptz,
  last_success_at timestamptz,
  pending integer,
  PRIMARY KEY (user_id, device_id)
);

CREATE TABLE sync_conflicts (
  id uuid PRIMARY KEY,
  entity text NOT NULL,
  record_id uuid NOT NULL,
  household_id uuid REFERENCES households (id),
  place_code text COLLATE "C" NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  base_rev integer,
  server_rev integer,
  device_data jsonb,
  mutation_id uuid NOT NULL,
  device_id uuid NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolution text CHECK (resolution IN ('server', 'device', 'merge')),
  resolved_by uuid REFERENCES users (id),
  resolved_at timestamptz
);
CREATE INDEX sync_conflicts_place_idx ON sync_conflicts (status, place_code text_pattern_ops, created_at DESC);
CREATE INDEX sync_conflicts_record_idx ON sync_conflicts (record_id);

CREATE TABLE sync_mutations (
  mutation_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  device_id uuid NOT NULL,
  entity text NOT NULL,
  record_id uuid,
  op text NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'conflict', 'rejected')),
  rev integer,
  errors jsonb NOT NULL DEFAULT '[]',
  conflict_id uuid REFERENCES sync_conflicts (id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_mutations_device_idx ON sync_mutations (user_id, device_id, status);
`;
