-- A leaf two levels down has an index of its own on the column a new index of the root
-- covers. CREATE INDEX on a sub-partitioned table runs in one blocking statement that
-- takes a matching index it finds on a partition as its part; the own index must be gone
-- before it (a concurrent drop afterwards fails: the new index requires it).
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint NOT NULL, d date NOT NULL, k integer NOT NULL, c integer) PARTITION BY RANGE (d);
CREATE TABLE app.t_2024 PARTITION OF app.t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (k);
CREATE TABLE app.t_2024_k1 PARTITION OF app.t_2024 FOR VALUES IN (1);
CREATE INDEX t_2024_k1_own ON app.t_2024_k1 USING btree (c);
