-- Summary emails (issue 11): how they are sent, the event's templates, and the send log that makes
-- sending resumable (product.md, "The summary email"). The password is never stored here.

-- The SMTP server and sender, one row for the app (id = 1). password_env names an environment
-- variable that holds the password (the command line's --password-env); never the password itself.
CREATE TABLE mail_settings (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  host          TEXT NOT NULL DEFAULT '',
  port          INTEGER NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
  security      TEXT NOT NULL DEFAULT 'starttls' CHECK (security IN ('none', 'starttls', 'ssl')),
  from_address  TEXT NOT NULL DEFAULT '',
  from_name     TEXT NOT NULL DEFAULT '',
  reply_to      TEXT NOT NULL DEFAULT '',
  user_name     TEXT NOT NULL DEFAULT '',
  password_env  TEXT NOT NULL DEFAULT '',
  pause_millis  INTEGER NOT NULL DEFAULT 1000 CHECK (pause_millis >= 0)
);

-- The event's subject and body templates, when the user changed the defaults.
CREATE TABLE mail_template (
  event_id  INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
  subject   TEXT NOT NULL,
  body      TEXT NOT NULL
);

-- One row per recipient who was ever handed to the server: uncertain is written (and committed)
-- before the message goes out, then sent or failed after. A crash leaves uncertain.
CREATE TABLE mail_log (
  event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  email       TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('sent', 'failed', 'uncertain')),
  at          TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  message_id  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, person_id)
);
