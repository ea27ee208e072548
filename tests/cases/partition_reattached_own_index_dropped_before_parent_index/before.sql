-- A partition takes other bounds (DETACH, ATTACH) and loses its own index on the column
-- a new index of its sub-partitioned parent covers: that index is built in one blocking
-- statement, which would take the own index as its part; it goes first.
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint NOT NULL, k integer NOT NULL, j integer NOT NULL, c integer) PARTITION BY LIST (k);
CREATE TABLE app.t_1 PARTITION OF app.t FOR VALUES IN (1);
CREATE TABLE app.t_2 PARTITION OF app.t FOR VALUES IN (2) PARTITION BY LIST (j);
CREATE TABLE app.t_2_1 PARTITION OF app.t_2 FOR VALUES IN (1);
CREATE INDEX t_1_own ON app.t_1 USING btree (c);
