-- Search of session notes: see the SQLite migration of the same number. The words are compared
-- byte by byte (COLLATE "C"), so a prefix is a range of the primary key as on SQLite.
CREATE TABLE session_search_text (
    session_id bigint PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    body       text   COLLATE "C" NOT NULL
);

CREATE TABLE session_search_token (
    token      text   COLLATE "C" NOT NULL,
    session_id bigint NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    PRIMARY KEY (token, session_id)
);
CREATE INDEX session_search_token_session ON session_search_token (session_id, token);

CREATE INDEX session_treated_at ON session (treated_at, id);

INSERT INTO app_meta (meta_key, meta_value) VALUES ('note_search_index_version', '0');
