-- User triggers: not internal (foreign keys' own) and not clones a partition got from its
-- parent's trigger (tgparentid <> 0). The WHEN condition is cut out of pg_get_triggerdef in
-- Python, which needs the trigger's and the table's names as the definition quotes them.
SELECT n.nspname AS schema,
       c.relname AS table,
       t.tgname AS name,
       t.tgtype,
       t.tgenabled,
       ARRAY(SELECT a.attname
               FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute AS a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS update_columns,
       t.tgqual IS NOT NULL AS has_when,
       pg_get_triggerdef(t.oid, true) AS definition,
       quote_ident(t.tgname) AS quoted_name,
       c.oid::regclass::text AS quoted_table,
       t.tgnargs AS argument_count,
       t.tgargs AS argument_bytes,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       t.tgconstraint <> 0 AS is_constraint_trigger,
       rn.nspname AS from_schema,
       rc.relname AS from_table,
       t.tgdeferrable AS deferrable,
       t.tginitdeferred AS initially_deferred,
       t.tgoldtable AS old_table,
       t.tgnewtable AS new_table,
       de.description AS comment,
       -- Clones, at any depth of a partitioned table, firing otherwise than this trigger.
       ARRAY(SELECT ARRAY[pn.nspname, pc.relname, ct.tgenabled::text]
               FROM pg_partition_tree(c.oid) AS pt
               JOIN pg_trigger AS ct ON ct.tgrelid = pt.relid AND ct.tgname = t.tgname AND ct.tgparentid <> 0
               JOIN pg_class AS pc ON pc.oid = pt.relid
               JOIN pg_namespace AS pn ON pn.oid = pc.relnamespace
              WHERE c.relkind = 'p' AND ct.tgenabled <> t.tgenabled
              ORDER BY pn.nspname, pc.relname) AS partition_states
FROM pg_trigger AS t
JOIN pg_class AS c ON c.oid = t.tgrelid
JOIN pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_proc AS f ON f.oid = t.tgfoid
JOIN pg_namespace AS fn ON fn.oid = f.pronamespace
LEFT JOIN pg_class AS rc ON rc.oid = t.tgconstrrelid  -- FROM of a constraint trigger
LEFT JOIN pg_namespace AS rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_description AS de
       ON de.objoid = t.oid AND de.classoid = 'pg_trigger'::regclass AND de.objsubid = 0
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname
