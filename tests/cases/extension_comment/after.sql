CREATE SCHEMA ext;
-- Back to the control file's comment; a comment removed; another comment.
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
COMMENT ON EXTENSION citext IS NULL;
CREATE EXTENSION hstore WITH SCHEMA ext;
COMMENT ON EXTENSION hstore IS 'key/value pairs ''quoted''';
-- A new extension with a comment of its own.
CREATE EXTENSION cube WITH SCHEMA ext;
COMMENT ON EXTENSION cube IS 'boxes';
