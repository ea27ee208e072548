CREATE SCHEMA coll;
CREATE SCHEMA app;
CREATE COLLATION coll.natural (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
CREATE TABLE app.artist (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX artist_name_natural ON app.artist (name COLLATE coll.natural);
CREATE INDEX artist_name_natural_desc ON app.artist (lower(name) COLLATE coll.natural DESC, id);
