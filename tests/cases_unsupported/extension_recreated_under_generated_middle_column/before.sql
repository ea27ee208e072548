-- pg_trgm downgraded (no script leads from 1.6 to 1.5) while a generated column that is not
-- the table's last calls it: it is dropped and added again, as the last column.
CREATE EXTENSION pg_trgm VERSION '1.6';
CREATE TABLE public.docs (id integer, near real GENERATED ALWAYS AS (public.similarity('a', 'abc')) STORED, tail text);
