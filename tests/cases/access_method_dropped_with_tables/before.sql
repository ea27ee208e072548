-- An access method goes with the table and materialized view that use it, after them, and
-- after the kept table that moves back to heap (SET ACCESS METHOD runs after the drops:
-- DROP ACCESS METHOD goes last). The other way, it comes before all of them.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text) USING heap2;
CREATE TABLE public.scratch (id integer) USING heap2;
CREATE MATERIALIZED VIEW public.account_names USING heap2 AS SELECT name FROM public.accounts;
