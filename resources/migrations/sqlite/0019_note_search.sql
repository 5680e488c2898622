-- Search of session notes: words in a patient's notes, or in every patient's. Each note's
-- searchable text (NoteSearchText::document: one line per piece of free text, with the part of
-- the note it comes from) and its folded words are computed in C++ and written with the note
-- whenever it is saved or amended, in the same transaction; SessionRepository::
-- ensureSearchIndex() fills them in for notes written before, or when
-- NoteSearchText::IndexVersion changes (app_meta.note_search_index_version).
CREATE TABLE session_search_text (
    session_id INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL
);

-- One row per (word, note). A query term t matches the words in [t, t + U+10FFFF): a range of
-- the primary key, which gives the notes that have such a word without touching the notes.
CREATE TABLE session_search_token (
    token      TEXT    NOT NULL,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    PRIMARY KEY (token, session_id)
) WITHOUT ROWID;
-- Does this note have a word starting with t: one probe per (note, term).
CREATE INDEX session_search_token_session ON session_search_token (session_id, token);

-- Results newest first. A term found in most notes ("pain") is answered by walking the notes
-- from the newest and keeping those that match, until a page is full.
CREATE INDEX session_treated_at ON session (treated_at, id);

INSERT INTO app_meta (meta_key, meta_value) VALUES ('note_search_index_version', '0');
