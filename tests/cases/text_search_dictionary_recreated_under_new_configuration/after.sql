CREATE TEXT SEARCH DICTIONARY public.dict_15 (TEMPLATE = simple, accept = false);
CREATE TEXT SEARCH CONFIGURATION public.cfg_19 (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.cfg_19 ADD MAPPING FOR asciiword WITH public.dict_15, simple;
