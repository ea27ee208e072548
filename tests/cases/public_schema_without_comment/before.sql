-- public as every new database has it: commented 'standard public schema'.
CREATE TABLE public.items (id integer PRIMARY KEY);
