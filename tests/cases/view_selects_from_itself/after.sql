-- PostgREST's test.infinite_recursion (issue 3256): CREATE OR REPLACE VIEW lets a view
-- select from itself; it is created as a placeholder with its columns first, as pg_dump does.
CREATE TABLE public.projects (id integer PRIMARY KEY, name text);
CREATE VIEW public.infinite_recursion AS SELECT * FROM public.projects;
CREATE OR REPLACE VIEW public.infinite_recursion AS SELECT * FROM public.infinite_recursion;
COMMENT ON VIEW public.infinite_recursion IS 'querying it fails: infinite recursion';
