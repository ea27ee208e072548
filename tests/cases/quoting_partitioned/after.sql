CREATE TABLE public."Events" ("Id" bigint NOT NULL, "At" date NOT NULL, "Kind" text) PARTITION BY RANGE ("At");
CREATE INDEX "Events At" ON public."Events" ("At");
CREATE TABLE public."Events 2023" PARTITION OF public."Events" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public."Events 2024" PARTITION OF public."Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX "Events Kind" ON public."Events" ("Kind");
