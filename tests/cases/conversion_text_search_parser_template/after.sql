CREATE SCHEMA "TS Schema";
CREATE CONVERSION public.to_win FOR 'UTF8' TO 'WIN1252' FROM utf8_to_win;
COMMENT ON CONVERSION public.to_win IS 'new note';
CREATE DEFAULT CONVERSION "TS Schema"."New ""conv""" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH PARSER "TS Schema"."My parser" (
  START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype
);
COMMENT ON TEXT SEARCH PARSER "TS Schema"."My parser" IS 'default, without headlines';
CREATE TEXT SEARCH CONFIGURATION public.parsed (PARSER = "TS Schema"."My parser");
ALTER TEXT SEARCH CONFIGURATION public.parsed ADD MAPPING FOR word, asciiword WITH simple;
CREATE TEXT SEARCH TEMPLATE public.plain (LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.plain_dict (TEMPLATE = public.plain);
COMMENT ON TEXT SEARCH TEMPLATE public.plain IS 'simple, again';
CREATE TEXT SEARCH TEMPLATE "TS Schema".syn (INIT = dsynonym_init, LEXIZE = dsynonym_lexize);
