-- The audit trail: who did what, when, where and to whose record. Append-only: triggers refuse
-- any change, removal or truncation, and the workstations' role (needlechart_app) is not even
-- granted UPDATE or DELETE on it. Each row's hash links it to the row before it (AuditChain),
-- and audit_head keeps the last link outside this table; appends from several workstations
-- take audit_head's row lock, so they form one chain. See the SQLite migration for the columns.
CREATE TABLE audit_event (
    id           bigint  PRIMARY KEY,
    at           text    COLLATE "C" NOT NULL,
    account_id   bigint  NOT NULL,
    login        text    COLLATE "C" NOT NULL,
    workstation  text    COLLATE "C" NOT NULL,
    action       text    COLLATE "C" NOT NULL,
    patient_id   bigint  NOT NULL,
    object_type  text    COLLATE "C" NOT NULL,
    object_id    bigint  NOT NULL,
    outcome      text    COLLATE "C" NOT NULL,
    detail       text    COLLATE "C" NOT NULL,
    content_hash text    COLLATE "C" NOT NULL,
    hash         text    COLLATE "C" NOT NULL
);
CREATE INDEX audit_event_patient ON audit_event (patient_id, id);
CREATE INDEX audit_event_account ON audit_event (account_id, id);
CREATE INDEX audit_event_at ON audit_event (at, id);

CREATE TABLE audit_head (
    id      integer PRIMARY KEY CHECK (id = 1),
    last_id bigint  NOT NULL,
    hash    text    COLLATE "C" NOT NULL
);
INSERT INTO audit_head (id, last_id, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Each row appended moves the head with it, in the same statement.
CREATE FUNCTION audit_event_move_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET last_id = NEW.id, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_event_moves_head AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_move_head();

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit rows cannot be changed or deleted';
END
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- The workstations may add rows and read them, never change or remove them (the role exists
-- on a clinic server set up with scripts/clinic-server-setup.sql).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'needlechart_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM needlechart_app;
    END IF;
END
$$;
