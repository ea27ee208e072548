CREATE TABLE public.t (id integer);
COMMENT ON TABLE public.t IS 'new: it''s "quoted"';
