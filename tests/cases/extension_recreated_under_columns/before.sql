-- hstore downgraded (no script leads from 1.8 to 1.7): dropped and created again while
-- columns use its type. They wait as text (and text[]) meanwhile; their default, CHECK,
-- index and the view reading them are dropped around it. Upgraded back in place.
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE public.docs (
  id integer PRIMARY KEY,
  attrs public.hstore NOT NULL DEFAULT ''::public.hstore CHECK (NOT attrs ? 'secret'),
  history public.hstore[]
);
CREATE INDEX docs_attrs ON public.docs USING gin (attrs);
CREATE VIEW public.doc_keys AS SELECT id, akeys(attrs) AS keys FROM public.docs;
-- A generated column computed from one of them is dropped first and computed again last.
ALTER TABLE public.docs ADD COLUMN kind text GENERATED ALWAYS AS (attrs OPERATOR(public.->) 'kind') STORED;
