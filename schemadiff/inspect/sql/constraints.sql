-- Primary keys, unique, foreign key, check and exclusion constraints declared on a table or
-- a partition itself: the copies a partition has of its parent's (conparentid <> 0, or not
-- conislocal) are skipped.
SELECT n.nspname AS schema,
       c.relname AS table,
       con.conname AS name,
       con.contype,
       -- One index probe per key column (a join here hashes every column of the table).
       ARRAY(SELECT (SELECT a.attname FROM pg_attribute AS a
                      WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
               FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
              ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       CASE WHEN con.contype = 'f' THEN
         ARRAY(SELECT (SELECT a.attname FROM pg_attribute AS a
                        WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
                 FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                ORDER BY k.ord)
         ELSE '{}' END AS ref_columns,
       con.confupdtype,
       con.confdeltype,
       con.confmatchtype,
       ARRAY(SELECT (SELECT a.attname FROM pg_attribute AS a
                      WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
               FROM unnest(con.confdelsetcols) WITH ORDINALITY AS k(attnum, ord)
              ORDER BY k.ord) AS on_delete_columns,
       con.condeferrable,
       con.condeferred,
       con.convalidated,
       con.connoinherit,
       de.description AS comment,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS expression,
       i.indnullsnotdistinct AS nulls_not_distinct,
       -- The index's INCLUDE columns (after its key columns) and WITH (...) parameters.
       ARRAY(SELECT (SELECT a.attname FROM pg_attribute AS a
                      WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n])
               FROM generate_series(i.indnkeyatts, i.indnatts - 1) AS k(n)
              ORDER BY k.n) AS include,
       ic.reloptions AS index_options,
       (SELECT ts.spcname FROM pg_tablespace AS ts WHERE ts.oid = ic.reltablespace) AS index_tablespace,
       -- A partitioned index's parts elsewhere than it, as in indexes.sql: (partition, tablespace).
       CASE WHEN ic.relkind = 'I' THEN
         (SELECT jsonb_agg(jsonb_build_array(pc.relname, ts.spcname))
            FROM pg_partition_tree(ic.oid) AS tree
            JOIN pg_class AS ci ON ci.oid = tree.relid
            JOIN pg_index AS pi ON pi.indexrelid = ci.oid
            JOIN pg_class AS pc ON pc.oid = pi.indrelid
           CROSS JOIN (SELECT d.dattablespace FROM pg_database AS d WHERE d.datname = current_database()) AS db
            JOIN pg_tablespace AS ts ON ts.oid = coalesce(nullif(ci.reltablespace, 0), db.dattablespace)
           WHERE tree.level > 0
             AND coalesce(nullif(ci.reltablespace, 0), db.dattablespace)
                 <> coalesce(nullif(ic.reltablespace, 0), db.dattablespace))
       END AS index_partition_tablespaces,
       am.amname AS method,
       CASE WHEN con.contype = 'x' THEN pg_get_expr(i.indpred, i.indrelid) END AS where,
       -- Exclusion elements: the index column as pg_get_indexdef prints it, its operator
       -- named the way pg_get_constraintdef does (OPERATOR(schema.op) when not visible).
       CASE WHEN con.contype = 'x' THEN
         (SELECT jsonb_agg(jsonb_build_object(
                   'text', pg_get_indexdef(i.indexrelid, k.n::int, true),
                   'is_column', i.indkey[k.n - 1] <> 0,
                   'operator', CASE WHEN pg_operator_is_visible(o.oid) THEN o.oprname
                                    ELSE 'OPERATOR(' || quote_ident(ons.nspname) || '.' || o.oprname || ')' END)
                   ORDER BY k.n)
            FROM unnest(con.conexclop) WITH ORDINALITY AS k(oprid, n)
            JOIN pg_operator AS o ON o.oid = k.oprid
            JOIN pg_namespace AS ons ON ons.oid = o.oprnamespace)
       END AS exclusion_elements
FROM pg_constraint AS con
JOIN pg_class AS c ON c.oid = con.conrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_class AS rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace AS rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_index AS i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_class AS ic ON ic.oid = i.indexrelid
LEFT JOIN pg_am AS am ON am.oid = ic.relam
-- A join, not obj_description() (a SQL function, run once per row: ~40 ms at 15,000 rows).
LEFT JOIN pg_description AS de
       ON de.objoid = con.oid AND de.classoid = 'pg_constraint'::regclass AND de.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND con.conparentid = 0
  AND con.conislocal
  AND c.relkind IN ('r', 'p', 'f')
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, con.conname
