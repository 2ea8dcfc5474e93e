/**
 * The activity library (issue 5, docs/decisions/0021): cards as data, one row per card with its
 * current version, and every version a card has had. Birge's own cards are written at start from
 * the domain package; `builtin_version` says which shipped version a row's text came from (null:
 * added by an admin) and `edited` that an admin changed it since, so a newer shipped text no
 * longer replaces it. Category and ages are copied out of `data` for the list's filters.
 */
export const sql = /* sql */ `
CREATE TABLE activities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$'),
  version integer NOT NULL CHECK (version >= 1),
  category text NOT NULL,
  min_months integer NOT NULL CHECK (min_months >= 0),
  max_months integer CHECK (max_months >= min_months),
  data jsonb NOT NULL,
  builtin_version integer,
  edited boolean NOT NULL DEFAULT false,
  retired boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX activities_category_idx ON activities (category, id);

CREATE TABLE activity_versions (
  activity_id text NOT NULL REFERENCES activities (id),
  version integer NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (activity_id, version)
);
`;
