CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE public.docs (
  id integer PRIMARY KEY,
  attrs public.hstore NOT NULL DEFAULT ''::public.hstore CHECK (NOT attrs ? 'secret'),
  history public.hstore[]
);
CREATE INDEX docs_attrs ON public.docs USING gin (attrs);
CREATE VIEW public.doc_keys AS SELECT id, akeys(attrs) AS keys FROM public.docs;
-- A generated column computed from one of them is dropped first and computed again last.
ALTER TABLE public.docs ADD COLUMN kind text GENERATED ALWAYS AS (attrs OPERATOR(public.->) 'kind') STORED;
