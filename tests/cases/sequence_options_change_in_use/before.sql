CREATE SEQUENCE public.ticket_no;
CREATE TABLE public.tickets (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('public.ticket_no'));
