CREATE TYPE public.reading AS (note text, taken date, amount numeric, label text);
