CREATE TABLE public.tickets (
  id integer PRIMARY KEY,
  status varchar(20) NOT NULL CONSTRAINT tickets_status_check CHECK (status IN ('open', 'closed'))
);
CREATE POLICY tickets_open ON public.tickets FOR SELECT USING (status IN ('open', 'pending'));
