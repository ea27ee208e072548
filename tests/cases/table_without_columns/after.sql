-- Tables with no column are valid PostgreSQL (PostgREST's fixtures have them).
CREATE TABLE public.kept (id integer);
CREATE TABLE public.placeholder ();
CREATE SCHEMA app;
CREATE TABLE app.marker ();
COMMENT ON TABLE app.marker IS 'no columns';
