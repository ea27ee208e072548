-- Tables, partitioned tables (partitions included) and foreign tables (server, OPTIONS), with
-- partitioning (the key's columns, or its text when more than columns), RLS, CLUSTER ON,
-- comment and grants. Extension members are skipped. Columns and constraints have their own
-- queries, but for a partition's columns whose compression, default or NOT NULL is not its parent's,
-- read here as [name, attcompression], [name, default] and names (SET COMPRESSION on a parent does
-- not reach its existing partitions; pg_dump prints each partition's own). One subquery per
-- partition costs less than columns.sql reading every partition's columns: +30 ms against
-- +90 ms at 2,000 partitions of 10 columns.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind,
       c.relpersistence,
       c.reloptions,
       (SELECT tc.reloptions FROM pg_class AS tc WHERE tc.oid = c.reltoastrelid) AS toast_reloptions,
       c.relreplident,
       -- Its table access method when not heap (partitioned and foreign tables have none: 0).
       (SELECT am.amname FROM pg_am AS am WHERE am.oid = c.relam AND am.amname <> 'heap') AS access_method,
       -- Its tablespace (0: the database's default). A partition's only where it is not its
       -- parent's (PARTITION OF takes that one), by name even when the database's default.
       CASE WHEN NOT c.relispartition THEN (SELECT ts.spcname FROM pg_tablespace AS ts WHERE ts.oid = c.reltablespace)
            WHEN c.reltablespace <> pc.reltablespace THEN
              (SELECT ts.spcname FROM pg_tablespace AS ts
                WHERE ts.oid = coalesce(nullif(c.reltablespace, 0),
                                        (SELECT d.dattablespace FROM pg_database AS d WHERE d.datname = current_database())))
       END AS tablespace,
       (SELECT ri.relname FROM pg_index AS x JOIN pg_class AS ri ON ri.oid = x.indexrelid
         WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_identity_index,
       (SELECT ci.relname FROM pg_index AS x JOIN pg_class AS ci ON ci.oid = x.indexrelid
         WHERE x.indrelid = c.oid AND x.indisclustered) AS cluster_on,
       (SELECT jsonb_build_array(tn.nspname, t.typname) FROM pg_type AS t
          JOIN pg_namespace AS tn ON tn.oid = t.typnamespace WHERE t.oid = c.reloftype) AS of_type,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       c.relispartition,
       pn.nspname AS parent_schema,
       pc.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       handed.column_compression,
       -- A partition's targets, or those of the columns an inheritance child only inherits
       -- (its own columns carry theirs).
       (SELECT jsonb_agg(jsonb_build_array(a.attname, a.attstattarget) ORDER BY a.attname)
          FROM pg_attribute AS a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attstattarget >= 0
           AND (c.relispartition OR NOT a.attislocal)) AS column_statistics,
       handed.column_storage,
       -- A partition's columns whose DEFAULT is not its parent's: [name, expression or null].
       -- A default copied from the parent (PARTITION OF, SET DEFAULT reaching it) has the
       -- same node tree: deparsed only where the trees differ (at 2,000 partitions of 10
       -- columns with defaults, the comparison costs 90 ms; deparsing all, 200 ms).
       CASE WHEN c.relispartition THEN
         (SELECT jsonb_agg(jsonb_build_array(a.attname, pg_get_expr(d.adbin, d.adrelid)) ORDER BY a.attname)
            FROM pg_attribute AS a
            JOIN pg_attribute AS pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
            LEFT JOIN pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_attrdef AS pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             AND (a.atthasdef OR pa.atthasdef)
             AND CASE WHEN d.adbin::text IS NOT DISTINCT FROM pd.adbin::text THEN false
                      ELSE pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM pg_get_expr(pd.adbin, pd.adrelid) END)
       END AS column_defaults,
       -- A partition's columns that are NOT NULL where its parent's allow NULL (its own
       -- PRIMARY KEY sets NOT NULL, which dropping the key leaves).
       CASE WHEN c.relispartition THEN
         ARRAY(SELECT a.attname
                 FROM pg_attribute AS a
                 JOIN pg_attribute AS pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND NOT pa.attnotnull
                ORDER BY a.attname)
       END AS not_null_columns,
       pt.partstrat,
       COALESCE(pk.columns, '{}') AS partition_columns,
       -- The key as PostgreSQL prints it (COLLATE and operator class only where not the
       -- column's own and the default), kept only when it is not the plain column list, and
       -- printed only when it may not be (a third of this query's time at 500 partitioned
       -- tables otherwise): with an expression, a collation not the column's or an operator
       -- class not the default of the column's very type (a varchar's text_ops is printed
       -- bare: the list compares equal). Columns a key expression takes (attnum 0) are missing
       -- from the list: never equal.
       CASE WHEN pt.partexprs IS NOT NULL OR pk.special THEN
         NULLIF(substring(pg_get_partkeydef(c.oid) FROM '^\w+ \((.*)\)$'), pk.quoted)
       END AS partition_expression,
       (SELECT jsonb_agg(jsonb_build_array(ipn.nspname, ipc.relname) ORDER BY i.inhseqno)
          FROM pg_inherits AS i
          JOIN pg_class AS ipc ON ipc.oid = i.inhparent
          JOIN pg_namespace AS ipn ON ipn.oid = ipc.relnamespace
         WHERE i.inhrelid = c.oid AND NOT c.relispartition) AS inherits,
       fs.srvname AS server,
       (SELECT jsonb_agg(jsonb_build_array(o.option_name, o.option_value) ORDER BY o.option_name)
          FROM pg_options_to_table(ft.ftoptions) AS o) AS foreign_options,
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
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('r', c.relowner)) AS a WHERE a.grantee = c.relowner ORDER BY 1))
       END AS own_privileges
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_partitioned_table AS pt ON pt.partrelid = c.oid
LEFT JOIN LATERAL (
       SELECT array_agg(a.attname ORDER BY k.ord) AS columns,
              string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord) AS quoted,
              bool_or(k.coll <> a.attcollation OR NOT o.opcdefault OR o.opcintype <> a.atttypid) AS special
         FROM unnest(pt.partattrs::int2[], pt.partclass::oid[], pt.partcollation::oid[])
              WITH ORDINALITY AS k(attnum, opclass, coll, ord)
         JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum = k.attnum
         JOIN pg_opclass AS o ON o.oid = k.opclass
       ) AS pk ON pt.partrelid IS NOT NULL
LEFT JOIN pg_inherits AS pi ON pi.inhrelid = c.oid AND c.relispartition
-- A partition's columns whose compression or storage is not its parent's, and those of the
-- columns an inheritance child only inherits not as the first parent with the column has
-- them (CREATE TABLE ... INHERITS copies that one's; a partition's first parent is its parent).
LEFT JOIN LATERAL (
       SELECT jsonb_agg(jsonb_build_array(a.attname, a.attcompression) ORDER BY a.attname)
                FILTER (WHERE a.attcompression <> first.attcompression) AS column_compression,
              jsonb_agg(jsonb_build_array(a.attname, a.attstorage) ORDER BY a.attname)
                FILTER (WHERE a.attstorage <> first.attstorage) AS column_storage
         FROM pg_attribute AS a, LATERAL (
                SELECT pa.attcompression, pa.attstorage FROM pg_inherits AS i
                  JOIN pg_attribute AS pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped
                 WHERE i.inhrelid = c.oid ORDER BY i.inhseqno LIMIT 1) AS first
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND (c.relispartition OR NOT a.attislocal)
       ) AS handed ON true
LEFT JOIN pg_class AS pc ON pc.oid = pi.inhparent
LEFT JOIN pg_namespace AS pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_foreign_table AS ft ON ft.ftrelid = c.oid
LEFT JOIN pg_foreign_server AS fs ON fs.oid = ft.ftserver
LEFT JOIN pg_description AS de
       ON de.objoid = c.oid AND de.classoid = 'pg_class'::regclass AND de.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'f')
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
