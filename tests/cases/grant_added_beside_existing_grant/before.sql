DO $$ BEGIN CREATE ROLE "gen Writer"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.stats_2 (id_1 bigint NOT NULL, "Part 3" text NOT NULL, col_4 bytea, col_5 date, col_6 integer) PARTITION BY LIST ("Part 3");
GRANT REFERENCES ON TABLE public.stats_2 TO "gen Writer";
