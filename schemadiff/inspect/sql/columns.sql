-- Columns of tables (foreign ones included) that are not partitions (a partition's columns are its parent's), in
-- attnum order. Defaults and generation expressions as pg_get_expr prints them; an inherited
-- column's generation expression is its parent's (PostgreSQL 15 rejects a child's own, and
-- pg_dump leaves it out), so it is read on the parent alone.
-- Speed (50,000 columns): a default is deparsed without its table (relid 0), as a default
-- cannot reference a column, which spares building the table's relcache entry per call;
-- comments come from a join, not col_description() (a SQL function run per row).
SELECT n.nspname AS schema,
       c.relname AS table,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END AS default,
       CASE WHEN a.attgenerated = 's' AND a.attinhcount = 0 THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END AS identity,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       (SELECT cn.nspname FROM pg_namespace AS cn
         WHERE cn.oid = co.collnamespace AND cn.nspname <> 'pg_catalog') AS collation_schema,
       de.description AS comment,
       a.attstorage AS storage,
       t.typstorage AS type_storage,
       a.attcompression AS compression,
       a.attstattarget AS statistics,
       a.attoptions AS options,
       CASE WHEN a.attfdwoptions IS NOT NULL THEN
         (SELECT jsonb_agg(jsonb_build_array(o.option_name, o.option_value) ORDER BY o.option_name)
            FROM pg_options_to_table(a.attfdwoptions) AS o)
       END AS fdw_options,
       a.attislocal,
       CASE WHEN a.attacl IS NOT NULL THEN
         (SELECT jsonb_agg(jsonb_build_array(
                   CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                   x.privilege_type, x.is_grantable))
            FROM aclexplode(a.attacl) AS x
           WHERE x.grantee <> c.relowner)
       END AS grants,
       -- The identity column's own sequence (deptype 'i'), as (type, start, increment, min, max,
       -- cache, cycle, grants, persistence, own privileges): its grants as the columns' above,
       -- the sequence owner's left out; its persistence ('p' or 'u') where it is not its
       -- table's, else null; what its owner keeps of its own privileges when it lacks some
       -- (see model.own_privileges), else null.
       CASE WHEN a.attidentity <> '' THEN
         (SELECT jsonb_build_array(format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                                   (SELECT jsonb_agg(jsonb_build_array(
                                             CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                                             x.privilege_type, x.is_grantable))
                                      FROM aclexplode(sc.relacl) AS x
                                     WHERE x.grantee <> sc.relowner),
                                   nullif(sc.relpersistence, c.relpersistence),
                                   CASE WHEN sc.relacl IS NOT NULL THEN to_jsonb(nullif(
                                     ARRAY(SELECT DISTINCT x.privilege_type FROM aclexplode(sc.relacl) AS x
                                            WHERE x.grantee = sc.relowner ORDER BY 1),
                                     ARRAY(SELECT x.privilege_type FROM aclexplode(acldefault('s', sc.relowner)) AS x
                                            WHERE x.grantee = sc.relowner ORDER BY 1)))
                                   END)
            FROM pg_depend AS d
            JOIN pg_sequence AS s ON s.seqrelid = d.objid
            JOIN pg_class AS sc ON sc.oid = d.objid
           WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
             AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i')
       END AS identity_sequence
FROM pg_attribute AS a
JOIN pg_class AS c ON c.oid = a.attrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_type AS t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation AS co ON co.oid = a.attcollation
LEFT JOIN pg_description AS de
       ON de.objoid = a.attrelid AND de.classoid = 'pg_class'::regclass AND de.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'f')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum
