-- Staff accounts: who signs in, with which roles. Never deleted (notes and the audit trail refer
-- to them), only deactivated. The password is kept as its Argon2id hash in libsodium's string
-- form ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), which carries its own parameters.
CREATE TABLE staff_account (
    id                       INTEGER PRIMARY KEY,
    login                    TEXT    NOT NULL,
    display_name             TEXT    NOT NULL,
    roles                    TEXT    NOT NULL,          -- role keys separated by spaces
    registration_number      TEXT    NOT NULL DEFAULT '',
    authorisation_body       TEXT    NOT NULL DEFAULT '',
    authorisation_number     TEXT    NOT NULL DEFAULT '',
    authorisation_expires_on TEXT,                      -- ISO date; NULL: none recorded
    active                   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash            TEXT    NOT NULL,
    must_change_password     INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_sign_ins          INTEGER NOT NULL DEFAULT 0,
    locked_until             TEXT,                      -- UTC; NULL: not locked
    created_at               TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL,
    row_version              INTEGER NOT NULL DEFAULT 1
);
-- Logins are unique (named, so both back ends hold the same index).
CREATE UNIQUE INDEX staff_account_login ON staff_account (login);
