-- Objects in the managed schemas (and database-wide ones) that the model cannot represent
-- yet, so that inspection names them instead of silently leaving them out. Extension
-- members are skipped: the extension stands for them.
WITH managed AS (
  SELECT n.oid FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
), extension_member AS (
  SELECT d.classid, d.objid FROM pg_depend AS d WHERE d.deptype = 'e'
)
-- Enums, composite and range types and domains are read by types.sql.
SELECT CASE t.typtype WHEN 'p' THEN 'pseudo-type' ELSE 'base type' END AS kind,
       t.oid::regtype::text AS name
FROM pg_type AS t
WHERE t.typnamespace IN (SELECT oid FROM managed)
  AND t.typtype IN ('b', 'p')
  AND t.typcategory <> 'A'                         -- an array type comes with its element
  AND (t.oid, 'pg_type'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'conversion', quote_ident(n.nspname) || '.' || quote_ident(cv.conname)
FROM pg_conversion AS cv JOIN pg_namespace AS n ON n.oid = cv.connamespace
WHERE cv.connamespace IN (SELECT oid FROM managed)
  AND (cv.oid, 'pg_conversion'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search parser', quote_ident(n.nspname) || '.' || quote_ident(ts.prsname)
FROM pg_ts_parser AS ts JOIN pg_namespace AS n ON n.oid = ts.prsnamespace
WHERE ts.prsnamespace IN (SELECT oid FROM managed)
  AND (ts.oid, 'pg_ts_parser'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search template', quote_ident(n.nspname) || '.' || quote_ident(ts.tmplname)
FROM pg_ts_template AS ts JOIN pg_namespace AS n ON n.oid = ts.tmplnamespace
WHERE ts.tmplnamespace IN (SELECT oid FROM managed)
  AND (ts.oid, 'pg_ts_template'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'foreign table', c.oid::regclass::text
FROM pg_class AS c
WHERE c.relnamespace IN (SELECT oid FROM managed) AND c.relkind = 'f'
  AND (c.oid, 'pg_class'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- ALTER TABLE ... CLUSTER ON: pg_dump keeps it, the model does not yet.
SELECT 'CLUSTER ON', i.indexrelid::regclass::text || ' ON ' || i.indrelid::regclass::text
FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indrelid
WHERE i.indisclustered AND c.relnamespace IN (SELECT oid FROM managed)
UNION ALL
-- Privileges granted or revoked on an extension's functions and relations after CREATE
-- EXTENSION made them (GRANT ... ON ALL ROUTINES IN SCHEMA reaches them): pg_dump keeps
-- them, the model does not yet. Compared with what the extension's script left
-- (pg_init_privs), or else PostgreSQL's default.
SELECT 'privileges on extension member', p.oid::regprocedure::text
FROM pg_proc AS p
JOIN extension_member AS e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid
LEFT JOIN pg_init_privs AS ip ON ip.classoid = 'pg_proc'::regclass AND ip.objoid = p.oid AND ip.objsubid = 0
WHERE p.pronamespace IN (SELECT oid FROM managed)
  AND coalesce(p.proacl, acldefault('f', p.proowner)) IS DISTINCT FROM coalesce(ip.initprivs, acldefault('f', p.proowner))
UNION ALL
SELECT 'privileges on extension member', c.oid::regclass::text
FROM pg_class AS c
JOIN extension_member AS e ON e.classid = 'pg_class'::regclass AND e.objid = c.oid
LEFT JOIN pg_init_privs AS ip ON ip.classoid = 'pg_class'::regclass AND ip.objoid = c.oid AND ip.objsubid = 0
WHERE c.relnamespace IN (SELECT oid FROM managed) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
      IS DISTINCT FROM coalesce(ip.initprivs, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
ORDER BY kind, name
