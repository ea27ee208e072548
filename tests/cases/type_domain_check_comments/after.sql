CREATE DOMAIN public.pos AS integer
  CONSTRAINT pos_check CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000) CONSTRAINT "Odd ""one""" CHECK (VALUE <> 7);
COMMENT ON CONSTRAINT small ON DOMAIN public.pos IS 'changes its check, keeps its comment';
COMMENT ON CONSTRAINT "Odd ""one""" ON DOMAIN public.pos IS 'it''s seven';
-- Its base type changes: the domain is replaced, created with its check's comment.
CREATE DOMAIN public.word AS varchar(20) CONSTRAINT word_check CHECK (VALUE <> '');
COMMENT ON CONSTRAINT word_check ON DOMAIN public.word IS 'not empty';
