CREATE SCHEMA ring;
CREATE TABLE ring.a (id integer PRIMARY KEY, c_id integer);
CREATE TABLE ring.b (id integer PRIMARY KEY, a_id integer REFERENCES ring.a (id));
CREATE TABLE ring.c (id integer PRIMARY KEY, b_id integer REFERENCES ring.b (id));
ALTER TABLE ring.a ADD CONSTRAINT a_c_id_fkey FOREIGN KEY (c_id) REFERENCES ring.c (id) DEFERRABLE INITIALLY DEFERRED;
-- A standalone unique index one of the keys relies on.
CREATE TABLE ring.d (code text NOT NULL, a_id integer REFERENCES ring.a (id));
CREATE UNIQUE INDEX d_code_key ON ring.d (code);
ALTER TABLE ring.c ADD COLUMN d_code text REFERENCES ring.d (code);
