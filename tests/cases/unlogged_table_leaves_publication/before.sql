CREATE TABLE public.accounts (id integer PRIMARY KEY);
CREATE TABLE public.events (id integer PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.accounts, public.events;
