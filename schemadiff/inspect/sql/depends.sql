-- What each managed object needs, from pg_depend: one row per edge "dependent uses
-- referenced" (plus the referenced column, where the planner needs it), both ends inside
-- the managed schemas. Each end is the model object that stands for the catalog row
-- pg_depend names: a view's _RETURN rule is the view, a column default or a constraint
-- is its table, a table's row type is the table, an array type is its element type.
-- Only normal and automatic dependencies count: internal ones tie parts of one object
-- together, extension ones are membership. PostgreSQL records nothing for function
-- bodies (only signatures and argument defaults): the planner reads SQL bodies itself.
-- Speed: one branch per kind of dependent joins only its own catalog, by oid, and drops
-- edges inside one object (a table's constraints on its own columns) at once; names are
-- looked up once per edge at the end; duplicates and order are left to Python.
WITH managed AS (
  SELECT n.oid, n.nspname FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
), relations AS (
  SELECT c.oid, c.relkind, c.relnamespace, c.relname
  FROM pg_class AS c
  WHERE c.relnamespace IN (SELECT oid FROM managed) AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I', 'c')
), own_types AS (
  -- User-defined types, and the row types standing for their relation.
  SELECT t.oid, CASE WHEN r.oid IS NULL THEN 'pg_type'::regclass ELSE 'pg_class'::regclass END AS node_class,
         coalesce(r.oid, t.oid) AS node_oid
  FROM pg_type AS t LEFT JOIN relations AS r ON r.oid = t.typrelid
  WHERE t.typnamespace IN (SELECT oid FROM managed) AND (t.typtype IN ('e', 'd', 'r') OR r.oid IS NOT NULL
    OR (t.typtype = 'b' AND NOT EXISTS (SELECT FROM pg_type AS e WHERE e.typarray = t.oid)))  -- a base type
), types AS (
  SELECT * FROM own_types
  UNION ALL
  SELECT a.oid, e.node_class, e.node_oid  -- their arrays
  FROM pg_type AS a JOIN own_types AS e ON e.oid = a.typelem
  WHERE a.typcategory = 'A'
), depend AS NOT MATERIALIZED (
  SELECT d.classid, d.objid, d.refclassid, d.refobjid, d.refobjsubid
  FROM pg_depend AS d
  WHERE d.deptype IN ('n', 'a') AND d.refclassid IN ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass,
                                                     'pg_operator'::regclass, 'pg_opclass'::regclass)
), dependents(node_class, node_oid, refclassid, refobjid, refobjsubid) AS (
  -- An index's, a policy's and a trigger's own table is in the model already; what a
  -- sequence depends on is its OWNED BY, which is set after its table.
  SELECT 'pg_class'::regclass, r.oid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN relations AS r ON r.oid = d.objid
  WHERE d.classid = 'pg_class'::regclass AND r.relkind NOT IN ('S', 'i', 'I')
  UNION ALL
  SELECT 'pg_class'::regclass, i.indexrelid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_index AS i ON i.indexrelid = d.objid
  WHERE d.classid = 'pg_class'::regclass AND d.refobjid <> i.indrelid
  UNION ALL
  SELECT 'pg_class'::regclass, rw.ev_class, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_rewrite AS rw ON rw.oid = d.objid
  WHERE d.classid = 'pg_rewrite'::regclass AND rw.rulename = '_RETURN'
  UNION ALL
  SELECT 'pg_class'::regclass, ad.adrelid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_attrdef AS ad ON ad.oid = d.objid
  WHERE d.classid = 'pg_attrdef'::regclass AND d.refobjid <> ad.adrelid
    -- A default names no column, a generated column only its own table's: edges on a
    -- column are dropped before the join (20,000 of them at 5,000 tables, none kept).
    AND NOT (d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0)
  UNION ALL
  SELECT CASE WHEN co.conrelid <> 0 THEN 'pg_class'::regclass ELSE 'pg_type'::regclass END,
         CASE WHEN co.conrelid <> 0 THEN co.conrelid ELSE co.contypid END, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_constraint AS co ON co.oid = d.objid
  WHERE d.classid = 'pg_constraint'::regclass AND d.refobjid NOT IN (co.conrelid, co.contypid)
  UNION ALL
  SELECT d.classid, d.objid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_policy AS po ON po.oid = d.objid
  WHERE d.classid = 'pg_policy'::regclass AND (d.refobjid <> po.polrelid OR d.refobjsubid > 0)
  UNION ALL
  SELECT d.classid, d.objid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN pg_trigger AS tg ON tg.oid = d.objid
  WHERE d.classid = 'pg_trigger'::regclass AND (d.refobjid <> tg.tgrelid OR d.refobjsubid > 0)
  UNION ALL
  SELECT d.classid, d.objid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d WHERE d.classid = 'pg_proc'::regclass
  UNION ALL
  SELECT t.node_class, t.node_oid, d.refclassid, d.refobjid, d.refobjsubid
  FROM depend AS d JOIN types AS t ON t.oid = d.objid
  WHERE d.classid = 'pg_type'::regclass
), edges AS (
  SELECT e.node_class, e.node_oid,
         coalesce(t.node_class, e.refclassid) AS ref_class, coalesce(t.node_oid, e.refobjid) AS ref_oid,
         -- Which columns it uses matters for what is rebuilt around a column's type change.
         CASE WHEN e.refclassid = 'pg_class'::regclass AND e.refobjsubid > 0 AND e.node_class <> 'pg_type'::regclass
              THEN e.refobjsubid END AS ref_attnum
  FROM dependents AS e LEFT JOIN types AS t ON e.refclassid = 'pg_type'::regclass AND t.oid = e.refobjid
  WHERE e.refclassid <> 'pg_type'::regclass OR t.oid IS NOT NULL
  UNION ALL
  -- What uses a member of an extension (its function, operator, type or operator class;
  -- members are no model objects) uses the extension: it goes while the extension is
  -- dropped and created again (plan.planner). Operators and operator classes count only
  -- here. The index of a primary key, unique or exclusion constraint (named as it is) is
  -- no model object: its table uses the extension too.
  SELECT e.node_class, n.oid, 'pg_extension'::regclass, x.refobjid, NULL
  FROM dependents AS e
  JOIN pg_depend AS x ON x.classid = e.refclassid AND x.objid = e.refobjid AND x.objsubid = 0 AND x.deptype = 'e'
  LEFT JOIN pg_constraint AS co
    ON e.node_class = 'pg_class'::regclass AND co.conindid = e.node_oid AND co.contype IN ('p', 'u', 'x')
  CROSS JOIN LATERAL (VALUES (e.node_oid), (co.conrelid)) AS n(oid)
  WHERE n.oid IS NOT NULL
), names(node_class, node_oid, kind, schema, name, on_table, arguments) AS (
  SELECT 'pg_class'::regclass, r.oid,
         CASE r.relkind WHEN 'r' THEN 'Table' WHEN 'p' THEN 'Table' WHEN 'f' THEN 'Table' WHEN 'v' THEN 'View'
                        WHEN 'm' THEN 'MaterializedView' WHEN 'S' THEN 'Sequence'
                        WHEN 'i' THEN 'Index' WHEN 'I' THEN 'Index' WHEN 'c' THEN 'CompositeType' END,
         m.nspname, r.relname, NULL::name, NULL::text[]
  FROM relations AS r JOIN managed AS m ON m.oid = r.relnamespace
  UNION ALL
  SELECT 'pg_type'::regclass, t.oid,
         CASE t.typtype WHEN 'e' THEN 'EnumType' WHEN 'd' THEN 'Domain' WHEN 'b' THEN 'BaseType' ELSE 'RangeType' END,
         m.nspname, t.typname, NULL, NULL
  FROM pg_type AS t JOIN managed AS m ON m.oid = t.typnamespace WHERE t.typtype IN ('e', 'd', 'r', 'b')
  UNION ALL
  SELECT 'pg_policy'::regclass, po.oid, 'Policy', m.nspname, po.polname, r.relname, NULL
  FROM pg_policy AS po JOIN relations AS r ON r.oid = po.polrelid JOIN managed AS m ON m.oid = r.relnamespace
  UNION ALL
  -- Clones of a partitioned table's trigger are part of it, not objects of their own.
  SELECT 'pg_trigger'::regclass, tg.oid, 'Trigger', m.nspname, tg.tgname, r.relname, NULL
  FROM pg_trigger AS tg JOIN relations AS r ON r.oid = tg.tgrelid JOIN managed AS m ON m.oid = r.relnamespace
  WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  UNION ALL
  SELECT 'pg_proc'::regclass, p.oid, CASE p.prokind WHEN 'a' THEN 'Aggregate' ELSE 'Function' END, m.nspname,
         p.proname, NULL,
         ARRAY(SELECT format_type(a.type, NULL)
                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type, n) ORDER BY a.n)
  FROM pg_proc AS p JOIN managed AS m ON m.oid = p.pronamespace WHERE p.prokind IN ('f', 'p', 'w', 'a')
  UNION ALL
  SELECT 'pg_extension'::regclass, x.oid, 'Extension', NULL, x.extname, NULL, NULL FROM pg_extension AS x
)
SELECT o.kind, o.schema, o.name, o.on_table, o.arguments,
       r.kind AS ref_kind, r.schema AS ref_schema, r.name AS ref_name, r.arguments AS ref_arguments,
       att.attname AS ref_column
FROM edges AS e
JOIN names AS o ON o.node_class = e.node_class AND o.node_oid = e.node_oid
JOIN names AS r ON r.node_class = e.ref_class AND r.node_oid = e.ref_oid
LEFT JOIN pg_attribute AS att ON att.attrelid = e.ref_oid AND att.attnum = e.ref_attnum
-- What an object needs of an index, trigger or policy is the table they belong to.
WHERE r.kind NOT IN ('Index', 'Trigger', 'Policy') AND (o.node_class, o.node_oid) <> (r.node_class, r.node_oid)
