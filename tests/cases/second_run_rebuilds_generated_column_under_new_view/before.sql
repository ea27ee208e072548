-- A changed generation expression rebuilds the column (PostgreSQL 15 cannot alter it),
-- and a new view reads it: a second run of the plan must not rebuild it again.
CREATE TABLE public.prices (id integer PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 2) STORED);
