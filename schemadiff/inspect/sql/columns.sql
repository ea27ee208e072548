-- Columns of tables that are not partitions (a partition's columns are its parent's), in
-- attnum order. Defaults and generation expressions as pg_get_expr prints them.
-- Speed (50,000 columns): a default is deparsed without its table (relid 0), as a default
-- cannot reference a column, which spares building the table's relcache entry per call;
-- comments come from a join, not col_description() (a SQL function run per row).
SELECT n.nspname AS schema,
       c.relname AS table,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END AS default,
       CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END AS identity,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       (SELECT cn.nspname FROM pg_namespace AS cn
         WHERE cn.oid = co.collnamespace AND cn.nspname <> 'pg_catalog') AS collation_schema,
       de.description AS comment,
       a.attislocal,
       a.attacl IS NOT NULL AND EXISTS (SELECT FROM aclexplode(a.attacl)) AS has_column_grants
FROM pg_attribute AS a
JOIN pg_class AS c ON c.oid = a.attrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_type AS t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation AS co ON co.oid = a.attcollation
LEFT JOIN pg_description AS de
       ON de.objoid = a.attrelid AND de.classoid = 'pg_class'::regclass AND de.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum
