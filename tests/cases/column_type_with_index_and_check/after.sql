CREATE TABLE public.t (id integer PRIMARY KEY, score numeric(8,2) CONSTRAINT score_positive CHECK (score > 0));
CREATE INDEX t_score ON public.t (score);
