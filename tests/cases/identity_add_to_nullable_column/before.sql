CREATE TABLE public."stats""3" ("default" integer DEFAULT 42 NOT NULL, col_4 smallint, col_5 text, col_6 text[]);
