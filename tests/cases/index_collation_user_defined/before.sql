-- An index key with a collation of another schema than the table's (MusicBrainz's
-- artist_credit_idx_musicbrainz_collate): the plan must name the collation's schema.
CREATE SCHEMA coll;
CREATE SCHEMA app;
CREATE TABLE app.artist (id integer PRIMARY KEY, name text NOT NULL);
