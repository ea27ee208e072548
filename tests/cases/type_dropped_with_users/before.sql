CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('open', 'closed');
CREATE DOMAIN shop.money_amount AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TYPE shop.line AS (product text, price shop.money_amount, state shop.status);
CREATE TYPE shop.price_range AS RANGE (subtype = numeric);
CREATE TABLE shop.orders (id integer PRIMARY KEY, status shop.status DEFAULT 'open', lines shop.line[], band shop.price_range);
CREATE FUNCTION shop.close(o shop.orders) RETURNS shop.status LANGUAGE sql AS $$ SELECT 'closed'::shop.status $$;
CREATE VIEW shop.open_orders AS SELECT id FROM shop.orders WHERE status = 'open';
