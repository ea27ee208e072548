CREATE TABLE public.events_23 (id_22 smallint NOT NULL, part_24 integer NOT NULL, col_25 varchar(20) DEFAULT 'x', col_26 bytea NOT NULL) PARTITION BY HASH (part_24);
CREATE TABLE public."Events_23_P 27" PARTITION OF public.events_23 FOR VALUES WITH (MODULUS 4, REMAINDER 0);
