-- The owner of every object of an owned kind (model/owners.py) in the managed schemas, and
-- of every event trigger, publication, foreign-data wrapper and server; Python keeps the rows of the objects the other
-- queries found (extension members, partitions' clones and the like are not among them).
-- `kind` is the model class; schema, name, arguments and method make its graph node name
-- as model.catalog.node_key spells it (arguments as depends.sql spells them).
WITH managed AS (
  SELECT n.oid, n.nspname FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
)
SELECT 'Schema' AS kind, NULL::name AS schema, m.nspname AS name, NULL::text[] AS arguments, NULL::name AS method,
       pg_get_userbyid(n.nspowner) AS owner
FROM managed AS m JOIN pg_namespace AS n ON n.oid = m.oid
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'View' WHEN 'm' THEN 'MaterializedView' WHEN 'S' THEN 'Sequence' ELSE 'Table' END,
       m.nspname, c.relname, NULL, NULL, pg_get_userbyid(c.relowner)
FROM pg_class AS c JOIN managed AS m ON m.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'EnumType' WHEN 'c' THEN 'CompositeType' WHEN 'd' THEN 'Domain'
                      WHEN 'b' THEN 'BaseType' ELSE 'RangeType' END,
       m.nspname, t.typname, NULL, NULL, pg_get_userbyid(t.typowner)
FROM pg_type AS t JOIN managed AS m ON m.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'r')
   OR (t.typtype = 'b' AND NOT EXISTS (SELECT FROM pg_type AS e WHERE e.typarray = t.oid))  -- not an array
   OR (t.typtype = 'c' AND EXISTS (SELECT FROM pg_class AS c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
UNION ALL
SELECT CASE p.prokind WHEN 'a' THEN 'Aggregate' ELSE 'Function' END, m.nspname, p.proname,
       ARRAY(SELECT format_type(a.type, NULL)
               FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type, n) ORDER BY a.n),
       NULL, pg_get_userbyid(p.proowner)
FROM pg_proc AS p JOIN managed AS m ON m.oid = p.pronamespace
UNION ALL
SELECT 'Operator', m.nspname, o.oprname,
       ARRAY[CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) ELSE 'NONE' END, format_type(o.oprright, NULL)],
       NULL, pg_get_userbyid(o.oprowner)
FROM pg_operator AS o JOIN managed AS m ON m.oid = o.oprnamespace
UNION ALL
SELECT 'OperatorClass', m.nspname, c.opcname, NULL, am.amname, pg_get_userbyid(c.opcowner)
FROM pg_opclass AS c JOIN managed AS m ON m.oid = c.opcnamespace JOIN pg_am AS am ON am.oid = c.opcmethod
UNION ALL
SELECT 'OperatorFamily', m.nspname, f.opfname, NULL, am.amname, pg_get_userbyid(f.opfowner)
FROM pg_opfamily AS f JOIN managed AS m ON m.oid = f.opfnamespace JOIN pg_am AS am ON am.oid = f.opfmethod
UNION ALL
SELECT 'Statistics', m.nspname, s.stxname, NULL, NULL, pg_get_userbyid(s.stxowner)
FROM pg_statistic_ext AS s JOIN managed AS m ON m.oid = s.stxnamespace
UNION ALL
SELECT 'Collation', m.nspname, c.collname, NULL, NULL, pg_get_userbyid(c.collowner)
FROM pg_collation AS c JOIN managed AS m ON m.oid = c.collnamespace
UNION ALL
SELECT 'TextSearchDictionary', m.nspname, d.dictname, NULL, NULL, pg_get_userbyid(d.dictowner)
FROM pg_ts_dict AS d JOIN managed AS m ON m.oid = d.dictnamespace
UNION ALL
SELECT 'TextSearchConfiguration', m.nspname, c.cfgname, NULL, NULL, pg_get_userbyid(c.cfgowner)
FROM pg_ts_config AS c JOIN managed AS m ON m.oid = c.cfgnamespace
UNION ALL
SELECT 'EventTrigger', NULL, e.evtname, NULL, NULL, pg_get_userbyid(e.evtowner)
FROM pg_event_trigger AS e
UNION ALL
SELECT 'Publication', NULL, p.pubname, NULL, NULL, pg_get_userbyid(p.pubowner)
FROM pg_publication AS p
UNION ALL
SELECT 'ForeignDataWrapper', NULL, w.fdwname, NULL, NULL, pg_get_userbyid(w.fdwowner)
FROM pg_foreign_data_wrapper AS w
UNION ALL
SELECT 'ForeignServer', NULL, s.srvname, NULL, NULL, pg_get_userbyid(s.srvowner)
FROM pg_foreign_server AS s
