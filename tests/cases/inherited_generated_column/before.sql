CREATE SCHEMA app;
CREATE TABLE app.parent (col1 integer PRIMARY KEY, col2 integer GENERATED ALWAYS AS (col1 * 2) STORED);
