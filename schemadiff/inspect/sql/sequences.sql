-- Sequences, except those of identity columns (deptype 'i': part of the column). OWNED BY
-- is an automatic dependency (deptype 'a') on the owning column.
SELECT n.nspname AS schema,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       c.relpersistence,
       own.schema AS owner_schema,
       own.table AS owner_table,
       own.column AS owner_column,
       de.description AS comment,
       pg_get_userbyid(c.relowner) AS owner,
       (SELECT jsonb_agg(jsonb_build_array(
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                 a.privilege_type, a.is_grantable))
          FROM aclexplode(c.relacl) AS a
         WHERE a.grantee <> c.relowner) AS grants,
       -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
       CASE WHEN c.relacl IS NOT NULL THEN nullif(
         ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(c.relacl) AS a WHERE a.grantee = c.relowner ORDER BY 1),
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('s', c.relowner)) AS a WHERE a.grantee = c.relowner ORDER BY 1))
       END AS own_privileges
FROM pg_sequence AS s
JOIN pg_class AS c ON c.oid = s.seqrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_description AS de
       ON de.objoid = c.oid AND de.classoid = 'pg_class'::regclass AND de.objsubid = 0
LEFT JOIN LATERAL (
  SELECT tn.nspname AS schema, tc.relname AS table, ta.attname AS column
  FROM pg_depend AS d
  JOIN pg_class AS tc ON tc.oid = d.refobjid
  JOIN pg_namespace AS tn ON tn.oid = tc.relnamespace
  JOIN pg_attribute AS ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
    AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
) AS own ON true
WHERE n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                     AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, c.relname
