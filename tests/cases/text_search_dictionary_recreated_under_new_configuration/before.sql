-- The dictionary's template changes (it is dropped and created again) and a new configuration
-- maps to it: a second run of the plan must leave the dictionary alone, as the configuration
-- now uses the new one.
CREATE TEXT SEARCH DICTIONARY public.dict_15 (TEMPLATE = snowball, language = 'english');
