-- Transforms need functions taking internal: LANGUAGE internal ones, on built-in C
-- symbols, stand in (they are never called: no language here uses transforms).
CREATE SCHEMA tf;
CREATE TYPE tf.mood AS ENUM ('happy', 'sad');
CREATE FUNCTION tf.mood_in(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION tf.mood_out(internal) RETURNS tf.mood LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION tf.int_in(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR tf.mood LANGUAGE plpgsql (FROM SQL WITH FUNCTION tf.mood_in(internal), TO SQL WITH FUNCTION tf.mood_out(internal));
CREATE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION tf.int_in(internal));
COMMENT ON TRANSFORM FOR integer LANGUAGE plpgsql IS 'integers in';
CREATE FUNCTION tf.uses(m tf.mood) RETURNS integer LANGUAGE plpgsql TRANSFORM FOR TYPE tf.mood AS 'BEGIN RETURN 1; END';
