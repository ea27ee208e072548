DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm;
REVOKE EXECUTE ON FUNCTION public.similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.similarity(text, text) TO case_app;
GRANT EXECUTE ON FUNCTION public.word_similarity(text, text) TO case_app;
