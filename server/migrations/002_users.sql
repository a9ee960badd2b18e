-- People who sign in, and their sessions (the cookie holds a token; only its hash is stored).

CREATE TABLE users (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]+$'),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'secretary', 'viewer')),
  community_id text REFERENCES communities (id),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'secretary') = (community_id IS NOT NULL))
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
