-- (generative, seed 40000093, its generated column moved last: see
-- tests/cases_unsupported/generated_middle_column_over_retyped_source) A column retyped to
-- integer takes a sequence's nextval as its default while a column becomes computed from it.
CREATE SEQUENCE public.seq_4 START 560;
CREATE TABLE public.audit_3 ("Id2" integer DEFAULT nextval('public.seq_4'::regclass) NOT NULL, col_8 integer, col_7 numeric GENERATED ALWAYS AS ("Id2" * 2) STORED);
