CREATE TABLE public.t (id integer PRIMARY KEY, score integer CONSTRAINT score_positive CHECK (score > 0));
CREATE INDEX t_score ON public.t (score);
