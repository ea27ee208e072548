-- Valid indexes of tables, partitioned tables and materialized views, except those that back a
-- constraint (the constraint stands for them) and those attached to a partitioned parent
-- index (relispartition: the parent index stands for them).
--
-- Each element: the column, or the expression as pg_get_indexdef prints it; the operator
-- class only when it is not the default for the key type (named the way pg_get_indexdef
-- names it); the collation only when it is not the key's own; indoption bits 1 (DESC) and
-- 2 (NULLS FIRST). An expression key's own collation is approximated by its type's.
-- The elements come as JSON text: Python parses each distinct text once (inspect/tables.py).
SELECT n.nspname AS schema,
       t.relname AS table,
       ic.relname AS name,
       i.indisunique AS unique,
       am.amname AS method,
       i.indnkeyatts AS key_count,
       pg_get_expr(i.indpred, i.indrelid) AS where,
       i.indnullsnotdistinct AS nulls_not_distinct,
       ic.reloptions,
       -- A partitioned index's parts: (partition, index name).
       CASE WHEN ic.relkind = 'I' THEN
         (SELECT jsonb_agg(jsonb_build_array(pc.relname, ci.relname) ORDER BY pc.relname)
            FROM pg_inherits AS inh
            JOIN pg_class AS ci ON ci.oid = inh.inhrelid
            JOIN pg_index AS pi ON pi.indexrelid = ci.oid
            JOIN pg_class AS pc ON pc.oid = pi.indrelid
           WHERE inh.inhparent = ic.oid)
       END AS partition_indexes,
       de.description AS comment,
       (SELECT jsonb_agg(jsonb_build_object(
                 'column', ta.attname,
                 -- pg_get_indexdef prints a plain column as quote_ident(name); it is called
                 -- only for expressions, as each call builds a deparse context for the table.
                 'text', CASE WHEN ta.attname IS NOT NULL THEN quote_ident(ta.attname)
                              ELSE pg_get_indexdef(i.indexrelid, k.n::int, true) END,
                 'opclass', CASE WHEN k.n <= i.indnkeyatts AND NOT opclass.is_default THEN
                              CASE WHEN pg_opclass_is_visible(opc.oid) THEN quote_ident(opc.opcname)
                                   ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
                            END,
                 'collation', CASE WHEN k.n <= i.indnkeyatts
                                    AND i.indcollation[k.n - 1] <> 0
                                    AND i.indcollation[k.n - 1] <> coalesce(ta.attcollation, kt.typcollation)
                              THEN (SELECT coll.collname FROM pg_collation AS coll
                                     WHERE coll.oid = i.indcollation[k.n - 1]) END,
                 -- a user-defined collation's schema (pg_catalog's are named alone), read
                 -- only for a printed collation, as its name
                 'collation_schema', CASE WHEN k.n <= i.indnkeyatts
                                     AND i.indcollation[k.n - 1] <> 0
                                     AND i.indcollation[k.n - 1] <> coalesce(ta.attcollation, kt.typcollation)
                              THEN (SELECT nullif(colln.nspname, 'pg_catalog')
                                      FROM pg_collation AS coll JOIN pg_namespace AS colln ON colln.oid = coll.collnamespace
                                     WHERE coll.oid = i.indcollation[k.n - 1]) END,
                 'descending', (i.indoption[k.n - 1] & 1) <> 0,
                 'nulls_first', (i.indoption[k.n - 1] & 2) <> 0,
                 'has_options', ia.attoptions IS NOT NULL,
                 'statistics', CASE WHEN ia.attstattarget >= 0 THEN ia.attstattarget END)
                 ORDER BY k.n)
          -- unnest, not generate_series: its row estimate (10, not 1000) lets the planner
          -- probe the indexes of pg_attribute instead of hashing every column per index.
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
          JOIN pg_attribute AS ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.n
          LEFT JOIN pg_attribute AS ta
                 ON ta.attrelid = i.indrelid AND ta.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
          LEFT JOIN pg_opclass AS opc ON opc.oid = i.indclass[k.n - 1]
          LEFT JOIN pg_namespace AS opcn ON opcn.oid = opc.opcnamespace
          -- The key's type: the column's, or for an expression the index column's (which is
          -- the opclass's storage type when it has one), domains reduced to their base type.
          CROSS JOIN LATERAL (
            SELECT CASE WHEN ta.attnum IS NULL AND opc.opckeytype <> 0 AND ia.atttypid = opc.opckeytype
                        THEN opc.opcintype
                        ELSE coalesce(ta.atttypid, ia.atttypid) END AS oid) AS key
          LEFT JOIN pg_type AS kt0 ON kt0.oid = key.oid
          LEFT JOIN pg_type AS kt ON kt.oid = CASE WHEN kt0.typtype = 'd' THEN kt0.typbasetype ELSE kt0.oid END
          -- Roughly GetDefaultOpClass: a default opclass of the method for exactly this type,
          -- or, when there is none, one the type is binary-coercible or polymorphic-compatible to.
          CROSS JOIN LATERAL (
            SELECT opc.opcdefault AND (
                     opc.opcintype = kt.oid
                     OR (NOT EXISTS (SELECT FROM pg_opclass AS o2
                                      WHERE o2.opcmethod = opc.opcmethod AND o2.opcdefault
                                        AND o2.opcintype = kt.oid)
                         AND (EXISTS (SELECT FROM pg_cast AS ca
                                       WHERE ca.castsource = kt.oid AND ca.casttarget = opc.opcintype
                                         AND ca.castmethod = 'b')
                              OR (opc.opcintype = 'anyarray'::regtype AND kt.typcategory = 'A')
                              OR (opc.opcintype = 'anyenum'::regtype AND kt.typtype = 'e')
                              OR (opc.opcintype = 'anyrange'::regtype AND kt.typtype = 'r')
                              OR (opc.opcintype = 'anymultirange'::regtype AND kt.typtype = 'm')
                              OR (opc.opcintype = 'record'::regtype AND kt.typtype = 'c')))
                   ) AS is_default) AS opclass)::text AS elements
FROM pg_index AS i
JOIN pg_class AS ic ON ic.oid = i.indexrelid
JOIN pg_class AS t ON t.oid = i.indrelid
JOIN pg_namespace AS n ON n.oid = t.relnamespace
JOIN pg_am AS am ON am.oid = ic.relam
LEFT JOIN pg_description AS de
       ON de.objoid = ic.oid AND de.classoid = 'pg_class'::regclass AND de.objsubid = 0
WHERE t.relkind IN ('r', 'p', 'm')
  AND NOT ic.relispartition
  -- An invalid index (an interrupted CONCURRENTLY build, a partitioned index with
  -- partitions still unattached) does not count: the plan builds it again.
  AND i.indisvalid
  AND NOT EXISTS (SELECT FROM pg_constraint AS con
                   WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                     AND con.contype IN ('p', 'u', 'x'))
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, ic.relname
