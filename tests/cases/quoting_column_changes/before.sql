CREATE TABLE public."user" ("select" integer PRIMARY KEY, "order" text, "Mixed Case" integer, "from" text);
