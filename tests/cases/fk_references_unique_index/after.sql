-- A foreign key whose referenced columns are unique only through a unique index, no
-- constraint (danbooru's fk_rails_89475bdf6f): the index goes first, and is dropped last.
CREATE TABLE public.login_sessions (id bigint PRIMARY KEY, login_id text NOT NULL);
CREATE UNIQUE INDEX index_login_sessions_on_login_id ON public.login_sessions (login_id);
CREATE TABLE public.user_events (
  id bigint PRIMARY KEY,
  login_session_id text REFERENCES public.login_sessions (login_id)
);
