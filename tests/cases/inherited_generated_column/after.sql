-- Children of a table with a generated column (pg_dump's own test suite,
-- test_table_generated_child1/2): a child's column merged with the parent's takes the
-- parent's generation expression, and CREATE TABLE ... INHERITS must not repeat it
-- (PostgreSQL 15: child column "col2" specifies generation expression).
CREATE SCHEMA app;
CREATE TABLE app.parent (col1 integer PRIMARY KEY, col2 integer GENERATED ALWAYS AS (col1 * 2) STORED);
CREATE TABLE app.child1 () INHERITS (app.parent);
CREATE TABLE app.child2 (col1 integer, col2 integer) INHERITS (app.parent);
