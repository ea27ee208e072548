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
-- Privileges on an identity column's own sequence (deptype 'i'): pg_dump keeps them, the
-- model does not yet.
SELECT 'grants on the identity sequence', c.oid::regclass::text || ' of ' || t.oid::regclass::text || '.' || quote_ident(a.attname)
FROM pg_depend AS d
JOIN pg_class AS c ON c.oid = d.objid
JOIN pg_class AS t ON t.oid = d.refobjid
JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'
  AND c.relkind = 'S' AND t.relnamespace IN (SELECT oid FROM managed)
  AND EXISTS (SELECT FROM aclexplode(c.relacl) AS x WHERE x.grantee <> c.relowner)
UNION ALL
-- ALTER TABLE ... CLUSTER ON: pg_dump keeps it, the model does not yet.
SELECT 'CLUSTER ON', i.indexrelid::regclass::text || ' ON ' || i.indrelid::regclass::text
FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indrelid
WHERE i.indisclustered AND c.relnamespace IN (SELECT oid FROM managed)
ORDER BY kind, name
