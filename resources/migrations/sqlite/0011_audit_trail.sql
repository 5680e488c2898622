-- The audit trail: who did what, when, where and to whose record. Append-only: the triggers
-- below refuse any change or removal. Each row's hash links it to the row before it
-- (AuditChain: SHA-256 of the previous hash and the row's canonical form), and audit_head keeps
-- the last link outside this table, so an edit, a removal, an insertion, a reordering or a cut
-- tail all show when the chain is recomputed (needlechart admin verify-audit).
CREATE TABLE audit_event (
    id           INTEGER PRIMARY KEY,       -- the row's place in the chain
    at           TEXT    NOT NULL,          -- UTC
    account_id   INTEGER NOT NULL,          -- 0: no account (an unknown login)
    login        TEXT    NOT NULL,
    workstation  TEXT    NOT NULL,
    action       TEXT    NOT NULL,          -- AuditAction key
    patient_id   INTEGER NOT NULL,          -- 0: no patient
    object_type  TEXT    NOT NULL,
    object_id    INTEGER NOT NULL,          -- 0: none
    outcome      TEXT    NOT NULL,          -- done, refused, failed
    detail       TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,          -- a signed note's or amendment's hash; '' otherwise
    hash         TEXT    NOT NULL
);
CREATE INDEX audit_event_patient ON audit_event (patient_id, id);
CREATE INDEX audit_event_account ON audit_event (account_id, id);
CREATE INDEX audit_event_at ON audit_event (at, id);

-- One row: the last link of the chain (0 and 64 zeros while the trail is empty).
CREATE TABLE audit_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    hash    TEXT    NOT NULL
);
INSERT INTO audit_head (id, last_id, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Each row appended moves the head with it, in the same statement.
CREATE TRIGGER audit_event_moves_head AFTER INSERT ON audit_event
BEGIN
    UPDATE audit_head SET last_id = NEW.id, hash = NEW.hash WHERE id = 1;
END;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;
