-- What each managed object needs, from pg_depend: one row per edge "dependent uses
-- referenced" (plus the referenced column, if any), both ends inside the managed schemas.
-- `objects` names every catalog row an edge can start or end at by the model object that
-- stands for it: a view's _RETURN rule is the view, a column default or a constraint is
-- its table, a table's row type is the table, an array type is its element type. Only
-- normal and automatic dependencies count: internal ones tie parts of one object together,
-- extension ones are membership. PostgreSQL records nothing for function bodies (only
-- their signatures and argument defaults): the planner reads SQL bodies itself.
WITH managed AS (
  SELECT n.oid, n.nspname FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
), relations AS (
  SELECT c.oid, c.relkind, m.nspname AS schema, c.relname AS name,
         CASE c.relkind WHEN 'r' THEN 'Table' WHEN 'p' THEN 'Table' WHEN 'v' THEN 'View'
                        WHEN 'm' THEN 'MaterializedView' WHEN 'S' THEN 'Sequence'
                        WHEN 'i' THEN 'Index' WHEN 'I' THEN 'Index' WHEN 'c' THEN 'CompositeType' END AS kind
  FROM pg_class AS c JOIN managed AS m ON m.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'c')
), types AS (
  SELECT t.oid, m.nspname AS schema, t.typname AS name, t.typtype, t.typrelid
  FROM pg_type AS t JOIN managed AS m ON m.oid = t.typnamespace
), objects AS (
  SELECT 'pg_class'::regclass AS classid, r.oid AS objid, r.kind, r.schema, r.name,
         NULL::name AS on_table, NULL::text[] AS arguments
  FROM relations AS r
  UNION ALL
  SELECT 'pg_rewrite'::regclass, rw.oid, r.kind, r.schema, r.name, NULL, NULL
  FROM pg_rewrite AS rw JOIN relations AS r ON r.oid = rw.ev_class
  WHERE rw.rulename = '_RETURN' AND r.relkind IN ('v', 'm')
  UNION ALL
  SELECT 'pg_attrdef'::regclass, ad.oid, r.kind, r.schema, r.name, NULL, NULL
  FROM pg_attrdef AS ad JOIN relations AS r ON r.oid = ad.adrelid
  UNION ALL
  SELECT 'pg_constraint'::regclass, co.oid, r.kind, r.schema, r.name, NULL, NULL
  FROM pg_constraint AS co JOIN relations AS r ON r.oid = co.conrelid
  UNION ALL
  SELECT 'pg_constraint'::regclass, co.oid, 'Domain', t.schema, t.name, NULL, NULL
  FROM pg_constraint AS co JOIN types AS t ON t.oid = co.contypid
  UNION ALL
  SELECT 'pg_policy'::regclass, po.oid, 'Policy', r.schema, po.polname, r.name, NULL
  FROM pg_policy AS po JOIN relations AS r ON r.oid = po.polrelid
  UNION ALL
  -- Clones of a partitioned table's trigger are part of it, not objects of their own.
  SELECT 'pg_trigger'::regclass, tg.oid, 'Trigger', r.schema, tg.tgname, r.name, NULL
  FROM pg_trigger AS tg JOIN relations AS r ON r.oid = tg.tgrelid
  WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  UNION ALL
  SELECT 'pg_proc'::regclass, p.oid, 'Function', m.nspname, p.proname, NULL,
         ARRAY(SELECT format_type(a.type, NULL)
                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type, n) ORDER BY a.n)
  FROM pg_proc AS p JOIN managed AS m ON m.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'w')
  UNION ALL
  SELECT 'pg_type'::regclass, t.oid,
         coalesce(CASE t.typtype WHEN 'e' THEN 'EnumType' WHEN 'd' THEN 'Domain' WHEN 'r' THEN 'RangeType' END, r.kind),
         coalesce(r.schema, t.schema), coalesce(r.name, t.name), NULL, NULL
  FROM types AS t LEFT JOIN relations AS r ON r.oid = t.typrelid
  WHERE t.typtype IN ('e', 'd', 'r') OR r.oid IS NOT NULL
  UNION ALL
  -- An array of a managed type stands for its element type.
  SELECT 'pg_type'::regclass, a.oid,
         coalesce(CASE e.typtype WHEN 'e' THEN 'EnumType' WHEN 'd' THEN 'Domain' WHEN 'r' THEN 'RangeType' END, r.kind),
         coalesce(r.schema, e.schema), coalesce(r.name, e.name), NULL, NULL
  FROM pg_type AS a JOIN types AS e ON e.oid = a.typelem AND a.typcategory = 'A'
  LEFT JOIN relations AS r ON r.oid = e.typrelid
  WHERE e.typtype IN ('e', 'd', 'r') OR r.oid IS NOT NULL
)
SELECT DISTINCT
       o.kind, o.schema, o.name, o.on_table, o.arguments,
       r.kind AS ref_kind, r.schema AS ref_schema, r.name AS ref_name, r.arguments AS ref_arguments,
       att.attname AS ref_column
FROM pg_depend AS d
JOIN objects AS o ON o.classid = d.classid AND o.objid = d.objid
JOIN objects AS r ON r.classid = d.refclassid AND r.objid = d.refobjid
LEFT JOIN pg_attribute AS att
       ON d.refclassid = 'pg_class'::regclass AND att.attrelid = d.refobjid AND att.attnum = d.refobjsubid
WHERE d.deptype IN ('n', 'a')
  -- A sequence's own dependency is OWNED BY (set after its table), and what an object
  -- needs of an index, trigger or policy is the table they belong to.
  AND o.kind <> 'Sequence'
  AND r.kind NOT IN ('Index', 'Trigger', 'Policy')
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
