-- A database without public (dropped): a plan that creates it gives it what every new
-- database's public has (comment, USAGE for PUBLIC), so that a second plan is empty.
DROP SCHEMA public;
