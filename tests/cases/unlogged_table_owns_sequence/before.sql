CREATE SEQUENCE public.ticket_numbers;
CREATE TABLE public.tickets (id bigint DEFAULT nextval('public.ticket_numbers'::regclass) NOT NULL);
ALTER SEQUENCE public.ticket_numbers OWNED BY public.tickets.id;
