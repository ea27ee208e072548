CREATE SCHEMA tf;
CREATE TYPE tf.mood AS ENUM ('happy', 'sad');
CREATE FUNCTION tf.mood_in(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION tf.mood_out(internal) RETURNS tf.mood LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION tf.int_in(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
-- mood's loses its TO SQL function; integer's goes; text's is new; the function asks for two
CREATE TRANSFORM FOR tf.mood LANGUAGE plpgsql (FROM SQL WITH FUNCTION tf.mood_in(internal));
COMMENT ON TRANSFORM FOR tf.mood LANGUAGE plpgsql IS 'moods in';
CREATE TRANSFORM FOR text LANGUAGE plpgsql (FROM SQL WITH FUNCTION tf.int_in(internal));
CREATE FUNCTION tf.uses(m tf.mood) RETURNS integer LANGUAGE plpgsql TRANSFORM FOR TYPE text, FOR TYPE tf.mood AS 'BEGIN RETURN 1; END';
