-- Prepares an empty PostgreSQL database for NeedleChart: two roles and a schema, with the
-- rights each role needs and no more. Run once as a superuser, connected to the new database:
--
--   sudo -u postgres createdb --encoding=UTF8 --template=template0 needlechart
--   sudo -u postgres psql --dbname=needlechart --file=clinic-server-setup.sql
--
-- Running it again changes nothing (and grants the app role any tables made since).
--
--   needlechart_owner  owns the schema and its tables. The clinic's IT signs in as this role
--                      to set the schema up and upgrade it (needlechart admin init-server,
--                      migrate, copy). Give it a password: \password needlechart_owner
--   needlechart_app    what every workstation's sign-in role is a member of: it reads and
--                      writes rows, and cannot create, alter or drop anything. Create one
--                      sign-in role per workstation or person:
--                        CREATE ROLE frontdesk LOGIN PASSWORD '...' IN ROLE needlechart_app;
--
-- Neither role is a superuser, and the app role does not own the schema.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'needlechart_owner') THEN
        CREATE ROLE needlechart_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'needlechart_app') THEN
        CREATE ROLE needlechart_app NOLOGIN;
    END IF;
END
$$;

-- The clinic's tables live in a schema of their own, which every connection to this database
-- finds first.
CREATE SCHEMA IF NOT EXISTS needlechart AUTHORIZATION needlechart_owner;
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET search_path = needlechart', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Connecting (for these roles only), and the rows (never the tables themselves) for the
-- workstations.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO needlechart_app, needlechart_owner',
                   current_database());
END
$$;
GRANT USAGE ON SCHEMA needlechart TO needlechart_app;
ALTER DEFAULT PRIVILEGES FOR ROLE needlechart_owner IN SCHEMA needlechart
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO needlechart_app;
ALTER DEFAULT PRIVILEGES FOR ROLE needlechart_owner IN SCHEMA needlechart
    GRANT USAGE, SELECT ON SEQUENCES TO needlechart_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA needlechart TO needlechart_app;
-- The audit trail is append-only for the workstations (the grant above gave them too much).
DO $$
BEGIN
    IF to_regclass('needlechart.audit_event') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON needlechart.audit_event FROM needlechart_app;
    END IF;
END
$$;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA needlechart TO needlechart_app;
