CREATE SCHEMA app_1;
CREATE COLLATION app_1.coll_21 (provider = libc, locale = 'POSIX');
CREATE TABLE app_1.notes_3 (id_2 bigint DEFAULT -1 NOT NULL, part_4 date NOT NULL, col_5 date DEFAULT '2020-01-01'::date, col_6 smallint NOT NULL, col_22 text COLLATE app_1.coll_21) PARTITION BY RANGE (part_4);
CREATE TABLE app_1.notes_3_p_7 PARTITION OF app_1.notes_3 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX notes_3_p_7_part_1000001 ON app_1.notes_3_p_7 USING brin (col_6);
CREATE INDEX notes_3_idx_16 ON app_1.notes_3 USING btree (col_6);
