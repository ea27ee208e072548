-- (tests/cases_unsupported/README.md says why this does not converge yet.)
CREATE TABLE public.base (b integer);
CREATE TABLE public.mid (m text) INHERITS (public.base);
CREATE TABLE public.kid (k text) INHERITS (public.mid);
