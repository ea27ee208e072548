-- A new collation on a column is a type change as far as PostgreSQL is concerned; a new
-- view and policy on the column would make it refuse the same change again.
CREATE TABLE public.tags (id integer PRIMARY KEY, label text NOT NULL);
