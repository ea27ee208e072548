CREATE EXTENSION postgres_fdw;
CREATE SERVER reporting FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'reports.internal', dbname 'reports', port '5432');
CREATE USER MAPPING FOR PUBLIC SERVER reporting OPTIONS (user 'reader', password 'secret');
CREATE FOREIGN TABLE public.daily (day date, total numeric OPTIONS (column_name 'sum')) SERVER reporting OPTIONS (schema_name 'public', table_name 'daily');
CREATE FOREIGN DATA WRAPPER noop OPTIONS (mode 'a');
CREATE SERVER noop_server TYPE 'noop' VERSION '1.0' FOREIGN DATA WRAPPER noop;
