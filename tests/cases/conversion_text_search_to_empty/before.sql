-- Everything dropped (and created from nothing), no CASCADE: configurations before their
-- parser, dictionaries before their template, schemas last.
CREATE SCHEMA a_parsers;
CREATE SCHEMA z_users;
CREATE TEXT SEARCH PARSER a_parsers.p (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE a_parsers.t (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY z_users.d (TEMPLATE = a_parsers.t, stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION z_users.c (PARSER = a_parsers.p);
ALTER TEXT SEARCH CONFIGURATION z_users.c ADD MAPPING FOR word WITH z_users.d, simple;
CREATE CONVERSION z_users.conv FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
COMMENT ON TEXT SEARCH PARSER a_parsers.p IS 'parser';
COMMENT ON CONVERSION z_users.conv IS 'conversion';
