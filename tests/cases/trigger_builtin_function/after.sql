-- Triggers calling built-in trigger functions of pg_catalog (pagila's film_fulltext_trigger).
CREATE TABLE public.film (id integer PRIMARY KEY, title text, fulltext tsvector);
CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON public.film
  FOR EACH ROW EXECUTE FUNCTION pg_catalog.tsvector_update_trigger('fulltext', 'pg_catalog.english', 'title');
CREATE TRIGGER film_unchanged BEFORE UPDATE ON public.film
  FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
