CREATE TABLE public.hot (id integer PRIMARY KEY, body text) WITH (fillfactor = 90, autovacuum_enabled = false);
CREATE TABLE public.plain (id integer);
