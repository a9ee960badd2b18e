-- The subdistrict, its catalogue, its communities, their monthly figures and yearly targets.
-- Months are 'YYYY-MM' text: they sort and compare as the API writes them.

CREATE TABLE subdistrict (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  name text NOT NULL,
  city text NOT NULL,
  first_month text NOT NULL CHECK (first_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  latest_month text NOT NULL CHECK (latest_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  updated_at timestamptz NOT NULL,
  CHECK (first_month <= latest_month)
);

CREATE TABLE areas (
  id text PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  lead_metric_id text
);

CREATE TABLE metrics (
  id text PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  area_id text NOT NULL REFERENCES areas (id),
  unit text NOT NULL,
  higher_is_better boolean NOT NULL,
  scope text NOT NULL CHECK (scope IN ('community', 'centre')),
  service text,
  definition text NOT NULL,
  index_weight double precision CHECK (index_weight >= 0),
  min_target double precision CHECK (min_target >= 0)
);

CREATE TABLE rates (
  id text PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  area_id text NOT NULL REFERENCES areas (id),
  numerator_id text NOT NULL REFERENCES metrics (id),
  denominator_id text NOT NULL REFERENCES metrics (id)
);

CREATE TABLE communities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]*$'),
  position integer NOT NULL,
  name text NOT NULL,
  households integer NOT NULL CHECK (households >= 0),
  services text[] NOT NULL,
  tile_row integer NOT NULL CHECK (tile_row >= 0),
  tile_col integer NOT NULL CHECK (tile_col >= 0)
);

-- One figure per metric, month and community; community_id NULL: the subdistrict service centre.
CREATE TABLE figures (
  metric_id text NOT NULL REFERENCES metrics (id),
  community_id text REFERENCES communities (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  value bigint NOT NULL CHECK (value >= 0)
);
CREATE UNIQUE INDEX figures_cell ON figures (metric_id, month, community_id) NULLS NOT DISTINCT;

-- Yearly targets; community_id NULL: the subdistrict-wide target. id keeps the order they were set in.
CREATE TABLE targets (
  id serial PRIMARY KEY,
  metric_id text NOT NULL REFERENCES metrics (id),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  community_id text REFERENCES communities (id),
  value double precision NOT NULL CHECK (value >= 0)
);
CREATE UNIQUE INDEX targets_cell ON targets (metric_id, year, community_id) NULLS NOT DISTINCT;
CREATE INDEX targets_year ON targets (year);
