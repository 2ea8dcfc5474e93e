/**
 * Family invitations (issue 5; docs/decisions/0022). A worker issues a short code for a named
 * member of a household; redeeming it creates (or reuses) that person's `family` account and
 * signs them in. Only the code's SHA-256 is kept; a code is used once, within 7 days, and a new
 * code for the same person withdraws the older ones.
 *
 * A family account has no password. `device_secret` is what its phone wraps the device store's
 * key with in place of a password (the PIN is the other wrap): the phone fetches it with its
 * session, so a forgotten PIN is recovered online and the store outlives a new invitation.
 */
export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN person_id uuid REFERENCES persons (id);
ALTER TABLE users ADD COLUMN device_secret text;
-- One family account per person: a second invitation reuses it.
CREATE UNIQUE INDEX users_family_person_idx ON users (person_id)
  WHERE person_id IS NOT NULL AND role = 'family';

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  code_hash text NOT NULL UNIQUE,
  household_id uuid NOT NULL REFERENCES households (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  issued_by uuid REFERENCES users (id) ON DELETE SET NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL CHECK (expires_at > issued_at),
  used_at timestamptz,
  used_by uuid REFERENCES users (id) ON DELETE SET NULL,
  withdrawn_at timestamptz
);
CREATE INDEX invitations_person_open_idx ON invitations (person_id)
  WHERE used_at IS NULL AND withdrawn_at IS NULL;
`;
