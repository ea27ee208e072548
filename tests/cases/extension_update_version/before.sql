-- pg_trgm 1.5 -> 1.6 is ALTER EXTENSION UPDATE; back to 1.5 has no update script, so it
-- is dropped and created again (marked as deleting data). An index using its operator
-- classes would make that DROP fail: the planner does not know what uses an extension's
-- operator classes (tests/test_extension_update.py keeps one through an update).
CREATE EXTENSION pg_trgm VERSION '1.5';
