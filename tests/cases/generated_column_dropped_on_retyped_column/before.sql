-- (generative, seed 40000093) A column stops being generated from a column whose type
-- changes: its expression goes first, PostgreSQL refuses the type change under it. (Last:
-- backward, the column becomes generated again, dropped and added, and comes back last.)
CREATE TABLE public.audit (id integer NOT NULL, note text, doubled numeric GENERATED ALWAYS AS (id * 2) STORED);
