CREATE TABLE public.tags (id integer PRIMARY KEY, label text COLLATE "C" NOT NULL);
CREATE INDEX tags_label ON public.tags (label);
CREATE VIEW public.short_tags AS SELECT id, label FROM public.tags WHERE length(label) < 5;
ALTER TABLE public.tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON public.tags FOR SELECT USING (label <> '');
