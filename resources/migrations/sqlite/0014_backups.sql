-- Backups (needlechart admin backup, the app's automatic ones). One settings row for the clinic:
-- where backups go, how often, how many are kept, and the clinic's backup key. Only the key's
-- public half and the salt and limits of its derivation are kept: the passphrase never is.
CREATE TABLE backup_settings (
    id                INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    folder            TEXT NOT NULL DEFAULT '',
    interval_hours    INTEGER NOT NULL DEFAULT 4 CHECK (interval_hours BETWEEN 1 AND 24),
    keep_daily        INTEGER NOT NULL DEFAULT 7,
    keep_weekly       INTEGER NOT NULL DEFAULT 4,
    keep_monthly      INTEGER NOT NULL DEFAULT 12,
    key_salt          TEXT NOT NULL DEFAULT '',   -- hex; empty: no passphrase set yet
    key_operations    INTEGER NOT NULL DEFAULT 0,
    key_memory_bytes  INTEGER NOT NULL DEFAULT 0,
    key_public        TEXT NOT NULL DEFAULT '',   -- hex
    updated_at        TEXT NOT NULL DEFAULT '',
    row_version       INTEGER NOT NULL DEFAULT 1
);
INSERT INTO backup_settings (id) VALUES (1);

-- Every backup attempt, good or failed, from any workstation or the command line: the latest
-- good one is what the status bar's warning and the restore list read. Names no patient.
CREATE TABLE backup_run (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,                  -- UTC
    workstation  TEXT NOT NULL,
    ok           INTEGER NOT NULL,                  -- 1 written and verified, 0 failed
    file_name    TEXT NOT NULL DEFAULT '',       -- in the folder of the time
    folder       TEXT NOT NULL DEFAULT '',
    bytes        INTEGER NOT NULL DEFAULT 0,
    patients     INTEGER NOT NULL DEFAULT 0,
    notes        INTEGER NOT NULL DEFAULT 0,
    problem      TEXT NOT NULL DEFAULT ''        -- why it failed, for the admin
);
CREATE INDEX backup_run_at ON backup_run (at);
