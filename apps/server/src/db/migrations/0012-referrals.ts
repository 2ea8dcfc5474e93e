/**
 * Referrals with a closed loop (issue 6; docs/decisions/0028). A referral sends a person to an
 * organization of the directory; its steps (accepted, scheduled, completed…) are kept one row each
 * in referral_events, and the referral row carries the latest step, so lists, scope checks and
 * sync read one row. The referral carries the person's household, like plans, so a worker's
 * devices and place checks find it; a person who moves takes their referrals along.
 */
export const sql = /* sql */ `
CREATE TABLE referrals (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  household_id uuid NOT NULL REFERENCES households (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  reason text NOT NULL,
  elements text[] NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
  shared text[] NOT NULL DEFAULT '{}',
  sent_on date NOT NULL,
  status text NOT NULL CHECK (
    status IN ('sent', 'accepted', 'scheduled', 'completed', 'declined', 'not_attended')),
  status_on date NOT NULL CHECK (status_on >= sent_on),
  appointment_on date,
  closed boolean GENERATED ALWAYS AS (status IN ('completed', 'declined')) STORED,
  note text,
  sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  sync_tx xid8 NOT NULL,
  sync_seq bigint NOT NULL
);
CREATE INDEX referrals_person_idx
  ON referrals (person_id, closed, sent_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX referrals_household_idx
  ON referrals (household_id, closed, sent_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX referrals_organization_idx
  ON referrals (organization_id, closed, sent_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX referrals_sync_idx ON referrals (household_id, sync_tx, sync_seq);
CREATE INDEX referrals_sync_cursor_idx ON referrals (sync_tx, sync_seq);

CREATE TABLE referral_events (
  id uuid PRIMARY KEY,
  -- Steps in the order they were recorded: several may share a transaction (a device's push).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  referral_id uuid NOT NULL REFERENCES referrals (id),
  status text NOT NULL,
  on_date date NOT NULL,
  appointment_on date,
  note text,
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  by_role text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, seq);

CREATE TRIGGER referrals_sync_insert BEFORE INSERT ON referrals
  FOR EACH ROW EXECUTE FUNCTION sync_stamp();
CREATE TRIGGER referrals_sync_update BEFORE UPDATE ON referrals FOR EACH ROW
  WHEN (NEW.rev IS DISTINCT FROM OLD.rev OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.household_id IS DISTINCT FROM OLD.household_id)
  EXECUTE FUNCTION sync_stamp();

-- A person who moves takes their referrals along; a person removed removes them.
CREATE FUNCTION referrals_follow_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.household_id IS DISTINCT FROM OLD.household_id THEN
    UPDATE referrals SET household_id = NEW.household_id WHERE person_id = NEW.id;
  END IF;
  IF NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
    UPDATE referrals SET deleted_at = NEW.deleted_at, updated_at = NEW.deleted_at, rev = rev + 1
      WHERE person_id = NEW.id AND deleted_at IS NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER persons_referrals_follow AFTER UPDATE ON persons FOR EACH ROW
  WHEN (NEW.household_id IS DISTINCT FROM OLD.household_id
    OR (NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL))
  EXECUTE FUNCTION referrals_follow_person();
`;
