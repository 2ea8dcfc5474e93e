/**
 * The service directory (issue 6; docs/decisions/0026): clinics, rehabilitation centres, ПМПК,
 * КППК, kindergartens, schools, colleges, employment centres, social protection, NGOs and DPOs.
 * An organization lies in one place (KATO code), so a supervisor's scope prefix finds it like a
 * household. Services are CBR matrix element ids; lists are text[] so filters use GIN (`@>`).
 * A provider user's `organization_id` now refers to a row here (NOT VALID: checked on writes).
 */
export const sql = /* sql */ `
CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  names jsonb NOT NULL DEFAULT '{}'::jsonb,
  sector text NOT NULL CHECK (sector IN ('health', 'education', 'livelihood', 'social', 'empowerment')),
  type text NOT NULL,
  place_code text COLLATE "C" NOT NULL REFERENCES places (code),
  address text NOT NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  phone text,
  email text,
  website text,
  opening_hours text,
  languages text[] NOT NULL DEFAULT '{}',
  services text[] NOT NULL DEFAULT '{}',
  accessibility text[] NOT NULL DEFAULT '{}',
  description text,
  search_text text NOT NULL DEFAULT '',
  rev integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX organizations_place_idx
  ON organizations (place_code text_pattern_ops, id) WHERE deleted_at IS NULL;
CREATE INDEX organizations_type_idx ON organizations (type) WHERE deleted_at IS NULL;
CREATE INDEX organizations_services_idx ON organizations USING gin (services);
CREATE INDEX organizations_accessibility_idx ON organizations USING gin (accessibility);

ALTER TABLE users ADD CONSTRAINT users_organization_fk
  FOREIGN KEY (organization_id) REFERENCES organizations (id) NOT VALID;
`;
