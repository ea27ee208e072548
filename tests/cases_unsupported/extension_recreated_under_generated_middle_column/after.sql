CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE TABLE public.docs (id integer, near real GENERATED ALWAYS AS (public.similarity('a', 'abc')) STORED, tail text);
