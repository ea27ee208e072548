CREATE SCHEMA keep;
CREATE TABLE keep.t (id integer);
