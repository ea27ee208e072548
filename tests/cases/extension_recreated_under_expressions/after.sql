CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE TABLE public.docs (
  id integer PRIMARY KEY,
  name text NOT NULL CHECK (public.similarity(name, 'x') >= 0),
  score real DEFAULT public.similarity('a', 'b'),
  near real GENERATED ALWAYS AS (public.similarity(name, 'abc')) STORED
);
CREATE INDEX docs_name_similarity ON public.docs (public.similarity(name, 'abc'));
CREATE VIEW public.doc_trigrams AS SELECT id, public.show_trgm(name) AS trigrams FROM public.docs;
CREATE MATERIALIZED VIEW public.doc_near AS SELECT id FROM public.docs WHERE name OPERATOR(public.%) 'abc';
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY near_abc ON public.docs USING (name OPERATOR(public.%) 'abc');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_touch BEFORE UPDATE ON public.docs FOR EACH ROW
  WHEN (public.similarity(NEW.name, OLD.name) < 1) EXECUTE FUNCTION public.touch();
