CREATE SCHEMA "Pub Schema";
CREATE TABLE public.orders (id integer PRIMARY KEY, status text, total numeric);
CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE TABLE "Pub Schema"."Events" (id integer PRIMARY KEY);
CREATE PUBLICATION case_pub_gone FOR TABLE public.items;
CREATE PUBLICATION case_pub_tables FOR TABLE public.orders;
CREATE PUBLICATION case_pub_options FOR TABLE public.items WITH (publish = 'insert');
CREATE PUBLICATION case_pub_emptied FOR TABLE public.items;
COMMENT ON PUBLICATION case_pub_tables IS 'old note';
