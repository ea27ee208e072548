-- A generated column and the column it reads both go: the generated one first, whatever
-- their names (PostgreSQL refuses to drop a column a generated column uses). Here in a
-- plain table, and in a child that stops inheriting them (NO INHERIT makes them its own;
-- generative seed 20261254).
CREATE TABLE public.base (id integer NOT NULL, x_doubled integer GENERATED ALWAYS AS (id * 2) STORED, n integer);
CREATE TABLE public.child (n integer, extra text);
CREATE TABLE public.plain (keep integer);
