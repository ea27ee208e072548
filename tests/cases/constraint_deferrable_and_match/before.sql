CREATE TABLE public.parent (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT parent_ab_key UNIQUE (a, b));
CREATE TABLE public.child (id integer, a integer, b integer, n integer,
  CONSTRAINT child_id_key UNIQUE (id),
  CONSTRAINT child_ab_fkey FOREIGN KEY (a, b) REFERENCES public.parent (a, b),
  CONSTRAINT child_n_check CHECK (n > 0));
