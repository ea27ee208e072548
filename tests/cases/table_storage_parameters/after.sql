CREATE TABLE public.hot (id integer PRIMARY KEY, body text)
  WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_enabled = false);
CREATE TABLE public.plain (id integer) WITH (toast_tuple_target = 256);
