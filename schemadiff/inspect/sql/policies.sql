-- Row-level security policies; role 0 is PUBLIC.
SELECT n.nspname AS schema,
       c.relname AS table,
       p.polname AS name,
       p.polcmd,
       p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.oid) END
               FROM unnest(p.polroles) AS r(oid)) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using,
       pg_get_expr(p.polwithcheck, p.polrelid) AS with_check,
       de.description AS comment
FROM pg_policy AS p
JOIN pg_class AS c ON c.oid = p.polrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_description AS de
       ON de.objoid = p.oid AND de.classoid = 'pg_policy'::regclass AND de.objsubid = 0
WHERE n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, p.polname
