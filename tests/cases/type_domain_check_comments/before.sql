CREATE DOMAIN public.pos AS integer
  CONSTRAINT pos_check CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 100) CONSTRAINT "Odd ""one""" CHECK (VALUE <> 7);
COMMENT ON CONSTRAINT pos_check ON DOMAIN public.pos IS 'positive';
COMMENT ON CONSTRAINT small ON DOMAIN public.pos IS 'changes its check, keeps its comment';
CREATE DOMAIN public.word AS text CONSTRAINT word_check CHECK (VALUE <> '');
COMMENT ON CONSTRAINT word_check ON DOMAIN public.word IS 'not empty';
