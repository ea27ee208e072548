-- Valid indexes of tables, partitioned tables and materialized views, except those that back a
-- constraint (the constraint stands for them) and those attached to a partitioned parent
-- index (relispartition: the parent index stands for them).
--
-- Each element: the column, or the expression as pg_get_indexdef prints it; the operator
-- class only when it is not the default for the key type (named the way pg_get_indexdef
-- names it); the collation only when it is not the key's own; indoption bits 1 (DESC) and
-- 2 (NULLS FIRST). An expression key's own collation is approximated by its type's.
-- The elements come as JSON text: Python parses each distinct text once (inspect/tables.py).
--
-- The elements of all the listed indexes are one join over all their keys, aggregated per
-- index (not a subquery run once per index: 5,000 times at 5,000 tables).
WITH listed AS MATERIALIZED (
  SELECT i.indexrelid, i.indrelid, i.indnkeyatts, i.indkey, i.indclass, i.indcollation, i.indoption,
         n.nspname AS schema,
         t.relname AS table,
         ic.relname AS name,
         i.indisunique AS unique,
         am.amname AS method,
         pg_get_expr(i.indpred, i.indrelid) AS where,
         i.indnullsnotdistinct AS nulls_not_distinct,
         ic.reloptions,
         (SELECT ts.spcname FROM pg_tablespace AS ts WHERE ts.oid = ic.reltablespace) AS tablespace,
         -- A partitioned index's parts: (partition, index name, tablespace), those on the
         -- partitions of sub-partitioned partitions included (pg_partition_tree: every level
         -- below). The tablespace only where it is not the index's (0 being the database's
         -- default), by name even when the database's default.
         CASE WHEN ic.relkind = 'I' THEN
           (SELECT jsonb_agg(jsonb_build_array(pc.relname, ci.relname,
                     CASE WHEN coalesce(nullif(ci.reltablespace, 0), db.dattablespace)
                               <> coalesce(nullif(ic.reltablespace, 0), db.dattablespace)
                          THEN (SELECT ts.spcname FROM pg_tablespace AS ts
                                 WHERE ts.oid = coalesce(nullif(ci.reltablespace, 0), db.dattablespace))
                     END) ORDER BY pc.relname)
              FROM pg_partition_tree(ic.oid) AS tree
              JOIN pg_class AS ci ON ci.oid = tree.relid
              JOIN pg_index AS pi ON pi.indexrelid = ci.oid
              JOIN pg_class AS pc ON pc.oid = pi.indrelid
             CROSS JOIN (SELECT d.dattablespace FROM pg_database AS d WHERE d.datname = current_database()) AS db
             WHERE tree.level > 0)
         END AS partition_indexes,
         de.description AS comment
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
),
-- One row per index column: indclass, indcollation and indoption cover only the key
-- columns, so an INCLUDE column has NULL there (unnest pads the shorter arrays).
keys AS (
  SELECT l.indexrelid, l.indrelid, l.indnkeyatts, k.*
    FROM listed AS l
   CROSS JOIN LATERAL unnest(l.indkey::int2[], l.indclass::oid[], l.indcollation::oid[], l.indoption::int2[])
         WITH ORDINALITY AS k(attnum, opclass, collid, option, n)
),
elements AS (
  SELECT k.indexrelid,
         -- The text jsonb_agg(...)::text prints (jsonb writes an array as its elements' texts,
         -- ', ' between them, in brackets), without jsonb_agg taking every object apart to
         -- build the array again: building the elements is most of this query's cost.
         '[' || string_agg(jsonb_build_object(
           'column', ta.attname,
           -- pg_get_indexdef prints a plain column as quote_ident(name); it is called
           -- only for expressions, as each call builds a deparse context for the table.
           'text', CASE WHEN ta.attname IS NOT NULL THEN quote_ident(ta.attname)
                        ELSE pg_get_indexdef(k.indexrelid, k.n::int, true) END,
           -- Named when not the default, or when it has parameters (pg_get_indexdef does so).
           'opclass', CASE WHEN k.n <= k.indnkeyatts AND (NOT opclass.is_default OR ia.attoptions IS NOT NULL) THEN
                        CASE WHEN pg_opclass_is_visible(opc.oid) THEN quote_ident(opc.opcname)
                             ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
                      END,
           'collation', printed.collname,
           'collation_schema', printed.collschema,
           'descending', (k.option & 1) <> 0,
           'nulls_first', (k.option & 2) <> 0,
           'opclass_options', ia.attoptions,
           'statistics', CASE WHEN ia.attstattarget >= 0 THEN ia.attstattarget END)
           ::text, ', ' ORDER BY k.n) || ']' AS elements
    FROM keys AS k
    -- The two pg_attribute rows of a key are looked up by its index (LIMIT: not flattened
    -- into a join, which the planner would make a hash of all of pg_attribute, twice: 157,000
    -- rows at 5,000 tables, for 10,000 keys; (attrelid, attnum) is unique anyway).
    CROSS JOIN LATERAL (SELECT a.attoptions, a.attstattarget, a.atttypid FROM pg_attribute AS a
                         WHERE a.attrelid = k.indexrelid AND a.attnum = k.n LIMIT 1) AS ia
    LEFT JOIN LATERAL (SELECT a.attname, a.attnum, a.atttypid, a.attcollation FROM pg_attribute AS a
                        WHERE a.attrelid = k.indrelid AND a.attnum = k.attnum AND k.attnum <> 0 LIMIT 1) AS ta ON true
    LEFT JOIN pg_opclass AS opc ON opc.oid = k.opclass
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
             ) AS is_default) AS opclass
    -- The key's collation, read only when pg_get_indexdef prints it: a key column's own,
    -- when it is not the column's (or the expression type's) collation. A user-defined
    -- collation's schema is named too (pg_catalog's are named alone).
    LEFT JOIN LATERAL (
      SELECT coll.collname, nullif(colln.nspname, 'pg_catalog') AS collschema
        FROM pg_collation AS coll JOIN pg_namespace AS colln ON colln.oid = coll.collnamespace
       WHERE k.n <= k.indnkeyatts AND k.collid <> 0
         AND k.collid <> coalesce(ta.attcollation, kt.typcollation)
         AND coll.oid = k.collid) AS printed ON true
   GROUP BY k.indexrelid
)
SELECT l.schema, l.table, l.name, l.unique, l.method, l.indnkeyatts AS key_count, l.where,
       l.nulls_not_distinct, l.reloptions, l.tablespace, l.partition_indexes, l.comment, e.elements
FROM listed AS l
JOIN elements AS e ON e.indexrelid = l.indexrelid
ORDER BY l.schema, l.name
