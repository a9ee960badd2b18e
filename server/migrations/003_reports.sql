-- Monthly reports: a secretary saves a draft and submits; a leader approves (the month's figures
-- go into `figures` and the month is locked) or returns it with a comment. Corrections of an
-- approved month need a reason and are kept in audit_log (who, when, old -> new).

CREATE TABLE reports (
  community_id text NOT NULL REFERENCES communities (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  figures jsonb NOT NULL,
  reasons jsonb NOT NULL DEFAULT '{}',
  comment text,
  updated_by text NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  decided_by text REFERENCES users (id),
  decided_at timestamptz,
  PRIMARY KEY (community_id, month)
);
CREATE INDEX reports_month ON reports (month);

CREATE TABLE audit_log (
  id serial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  community_id text NOT NULL REFERENCES communities (id),
  month text NOT NULL,
  metric_id text NOT NULL REFERENCES metrics (id),
  old_value bigint,
  new_value bigint,
  reason text NOT NULL CHECK (reason <> '')
);
CREATE INDEX audit_log_cell ON audit_log (community_id, month);
