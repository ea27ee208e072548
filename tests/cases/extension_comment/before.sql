CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
COMMENT ON EXTENSION pg_trgm IS 'trigram matching, as the application uses it';
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
COMMENT ON EXTENSION hstore IS 'key/value pairs';
