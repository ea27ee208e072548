CREATE TABLE public."order" (id integer, "user" text, "Amount" numeric);
