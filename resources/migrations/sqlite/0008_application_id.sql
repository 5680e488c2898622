-- NeedleChart's mark in the file header ("NCHT" as a big-endian integer). With it, a file, or a
-- page 1 found in a write-ahead log beside one, can be told apart from another program's SQLite
-- file from its first 100 bytes, without SQLite reading (or replaying) anything.
PRAGMA application_id = 1313032276;
