-- Views and materialized views: the query as pg_get_viewdef prints it, options, columns,
-- CLUSTER ON (materialized views), comments and grants.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind,
       pg_get_viewdef(c.oid, true) AS definition,
       -- A materialized view's toast.* parameters are its TOAST table's own reloptions.
       c.reloptions || ARRAY(SELECT 'toast.' || o
                               FROM pg_class AS t, unnest(t.reloptions) AS o
                              WHERE t.oid = c.reltoastrelid) AS reloptions,
       c.relispopulated AS populated,
       (SELECT am.amname FROM pg_am AS am WHERE am.oid = c.relam AND am.amname <> 'heap') AS access_method,
       (SELECT ts.spcname FROM pg_tablespace AS ts WHERE ts.oid = c.reltablespace) AS tablespace,
       (SELECT ci.relname FROM pg_index AS x JOIN pg_class AS ci ON ci.oid = x.indexrelid
         WHERE x.indrelid = c.oid AND x.indisclustered) AS cluster_on,
       de.description AS comment,
       pg_get_userbyid(c.relowner) AS owner,
       -- Columns in order: what CREATE OR REPLACE VIEW must keep, and their comments.
       (SELECT jsonb_agg(jsonb_build_object(
                 'name', a.attname,
                 'type', format_type(a.atttypid, a.atttypmod)
                         || coalesce(' COLLATE ' || (SELECT quote_ident(co.collname) FROM pg_collation AS co
                                                      WHERE co.oid = a.attcollation), ''),
                 'comment', cd.description,
                 'compression', CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
                 -- ALTER VIEW ... ALTER COLUMN ... SET DEFAULT, and column privileges.
                 'default', pg_get_expr(ad.adbin, ad.adrelid),
                 'grants', (SELECT jsonb_agg(jsonb_build_array(
                                     CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                                     x.privilege_type, x.is_grantable))
                              FROM aclexplode(a.attacl) AS x
                             WHERE x.grantee <> c.relowner))
                 ORDER BY a.attnum)
          FROM pg_attribute AS a
          LEFT JOIN pg_description AS cd
                 ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
          LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       (SELECT jsonb_agg(jsonb_build_array(
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                 a.privilege_type, a.is_grantable))
          FROM aclexplode(c.relacl) AS a
         WHERE a.grantee <> c.relowner) AS grants,
       -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
       CASE WHEN c.relacl IS NOT NULL THEN nullif(
         ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(c.relacl) AS a WHERE a.grantee = c.relowner ORDER BY 1),
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('r', c.relowner)) AS a WHERE a.grantee = c.relowner ORDER BY 1))
       END AS own_privileges
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_description AS de
       ON de.objoid = c.oid AND de.classoid = 'pg_class'::regclass AND de.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
