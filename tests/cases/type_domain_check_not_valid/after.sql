-- A domain check added NOT VALID (values stored before were not checked) stays so: the spec
-- carries `not_valid: true`, and the plan adds it NOT VALID and never validates it.
CREATE DOMAIN public.price AS numeric;
ALTER DOMAIN public.price ADD CONSTRAINT price_positive CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN public.price ADD CONSTRAINT price_bounded CHECK (VALUE < 1000000);
CREATE TABLE public.items (id integer PRIMARY KEY, price public.price);
