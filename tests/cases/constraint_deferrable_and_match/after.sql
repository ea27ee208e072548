CREATE TABLE public.parent (id integer, a integer, b integer,
  CONSTRAINT parent_pkey PRIMARY KEY (id) DEFERRABLE,
  CONSTRAINT parent_ab_key UNIQUE (a, b));
CREATE TABLE public.child (id integer, a integer, b integer, n integer,
  CONSTRAINT child_id_key UNIQUE (id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT child_ab_fkey FOREIGN KEY (a, b) REFERENCES public.parent (a, b) MATCH FULL DEFERRABLE,
  CONSTRAINT child_n_check CHECK (n > 0) NO INHERIT);
