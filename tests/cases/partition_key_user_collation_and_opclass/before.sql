CREATE TABLE public.accounts (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.ledger (id bigint NOT NULL, amount bigint NOT NULL) PARTITION BY RANGE (amount);
