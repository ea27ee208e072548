-- Keys naming a collation and an operator class of the schema: they are created before the
-- tables are recreated, and (backwards) dropped after them.
CREATE SCHEMA keys;
CREATE COLLATION keys.posix_c (provider = libc, locale = 'C');
CREATE OPERATOR CLASS keys.int8_plain_ops FOR TYPE bigint USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint8cmp(bigint, bigint);
CREATE TABLE public.accounts (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region COLLATE keys.posix_c);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.ledger (id bigint NOT NULL, amount bigint NOT NULL) PARTITION BY RANGE (amount keys.int8_plain_ops);
