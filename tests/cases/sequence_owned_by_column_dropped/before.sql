CREATE TABLE public."Items 4" (id_3 integer NOT NULL, "Col 5" integer[]);
CREATE SEQUENCE public.seq_9 CYCLE INCREMENT 10;
ALTER SEQUENCE public.seq_9 OWNED BY public."Items 4"."Col 5";
