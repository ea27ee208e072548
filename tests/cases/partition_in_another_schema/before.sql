CREATE SCHEMA app;
CREATE SCHEMA archive;
CREATE TABLE app.measurement (city_id integer NOT NULL, logdate date NOT NULL, unitsales integer)
    PARTITION BY RANGE (logdate);
CREATE INDEX ON app.measurement (city_id, logdate);
