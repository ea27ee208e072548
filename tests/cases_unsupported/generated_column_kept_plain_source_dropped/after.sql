-- (tests/cases_unsupported/README.md says why this does not converge yet.)
CREATE TABLE public.kid (doubled numeric, note text);
