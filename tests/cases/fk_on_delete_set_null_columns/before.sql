CREATE TABLE public.tenants (id integer PRIMARY KEY);
CREATE TABLE public.users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE public.posts (
  tenant_id integer NOT NULL,
  author_id integer,
  "Editor" integer,
  CONSTRAINT posts_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES public.users ON DELETE SET NULL,
  CONSTRAINT posts_editor_fkey FOREIGN KEY (tenant_id, "Editor") REFERENCES public.users ON DELETE SET NULL ("Editor")
);
