CREATE TABLE public.node (tenant integer, id integer, parent integer, PRIMARY KEY (tenant, id));
