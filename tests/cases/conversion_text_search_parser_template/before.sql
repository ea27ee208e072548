CREATE SCHEMA "TS Schema";
-- Conversions: one changes its function, one is dropped.
CREATE CONVERSION public.to_win FOR 'UTF8' TO 'WIN1252' FROM utf8_to_win;
CREATE CONVERSION "TS Schema"."Gone conv" FOR 'UTF8' TO 'LATIN6' FROM utf8_to_iso8859;
COMMENT ON CONVERSION public.to_win IS 'old note';
-- A parser a configuration uses, changed (its headline function dropped): both rebuilt.
CREATE TEXT SEARCH PARSER "TS Schema"."My parser" (
  START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline
);
CREATE TEXT SEARCH CONFIGURATION public.parsed (PARSER = "TS Schema"."My parser");
ALTER TEXT SEARCH CONFIGURATION public.parsed ADD MAPPING FOR word, asciiword WITH simple;
-- A template a dictionary uses, changed (its init function dropped): both rebuilt.
CREATE TEXT SEARCH TEMPLATE public.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.plain_dict (TEMPLATE = public.plain);
COMMENT ON TEXT SEARCH TEMPLATE public.plain IS 'simple, again';
