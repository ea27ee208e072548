-- A publication that publishes no action (pg_dump's own test suite, pub2): through the spec
-- it is `publish: []`, not the default (every action).
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY);
CREATE PUBLICATION pub_nothing FOR ALL TABLES WITH (publish = '');
CREATE PUBLICATION pub_inserts FOR TABLE app.t WITH (publish = 'insert');
