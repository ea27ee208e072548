DO $$ BEGIN CREATE ROLE case_app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION btree_gist;
CREATE SCHEMA library;
CREATE TABLE library.books (id integer PRIMARY KEY, title text NOT NULL, isbn text UNIQUE NULLS NOT DISTINCT);
CREATE INDEX books_title_trgm ON library.books USING gin (title gin_trgm_ops);
CREATE TABLE library.loans (
  id integer PRIMARY KEY,
  book_id integer NOT NULL REFERENCES library.books (id) DEFERRABLE INITIALLY DEFERRED,
  during daterange NOT NULL,
  CONSTRAINT loans_no_overlap EXCLUDE USING gist (book_id WITH =, during WITH &&)
);
CREATE TABLE library.visits (at date NOT NULL, branch text NOT NULL) PARTITION BY LIST (branch);
CREATE TABLE library.visits_main PARTITION OF library.visits FOR VALUES IN ('main');
CREATE TABLE library.visits_other PARTITION OF library.visits DEFAULT;
CREATE INDEX visits_at ON library.visits (at);
CREATE VIEW library.available AS SELECT b.id, b.title FROM library.books b WHERE NOT EXISTS (SELECT 1 FROM library.loans l WHERE l.book_id = b.id AND l.during @> current_date);
CREATE VIEW library.available_titles WITH (security_invoker = true) AS SELECT title FROM library.available;
CREATE PROCEDURE library.purge(before date) LANGUAGE sql AS $$
DELETE FROM library.loans WHERE upper(during) < before
$$;
COMMENT ON TABLE library.loans IS 'Who has what';
GRANT SELECT ON library.available_titles TO case_app_reader;
