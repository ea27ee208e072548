DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW public.m AS SELECT id, name, price FROM public.items;
CREATE UNIQUE INDEX m_id ON public.m (id);
GRANT SELECT ON public.m TO case_app;
