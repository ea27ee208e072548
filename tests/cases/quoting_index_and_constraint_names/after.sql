CREATE TABLE public."order" (id integer, "user" text, "Amount" numeric, CONSTRAINT "Order PK" PRIMARY KEY (id), CONSTRAINT "check ""amount""" CHECK ("Amount" >= 0), CONSTRAINT "unique" UNIQUE ("user"));
CREATE INDEX "Order By User" ON public."order" (lower("user")) WHERE "Amount" > 0;
COMMENT ON INDEX public."Order By User" IS 'Quoted index';
