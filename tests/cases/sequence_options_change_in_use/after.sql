CREATE SEQUENCE public.ticket_no INCREMENT BY 10 CACHE 5;
CREATE TABLE public.tickets (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('public.ticket_no'));
