-- Installed extensions; plpgsql comes with every database and is never managed.
-- A table member's columns are members of their own (`column`), their privileges those
-- GRANT SELECT (column) gives (none by default, pg_init_privs keyed by attnum).
-- `comment` is compared with the one the control file gives (`default_comment`).
-- `members`: the extension's functions, procedures, relations and types in the managed
-- schemas whose privileges are not those its script left (pg_init_privs, privtype 'e';
-- without a row there, PostgreSQL's default), as pg_dump compares them: each with its
-- privileges now and those it started with, the owner's own left out. The arrays are
-- compared whole here; inspect/cluster.py drops those that only differ in order, grantor
-- or the owner's own privileges.
-- `relocatable` and `update_targets` (the versions ALTER EXTENSION UPDATE reaches from the
-- installed one through the update scripts) say what can change in place, not recreated.
-- `types`: its own (not their arrays), wherever they are, which the columns of a
-- recreated extension's types wait through in their text form (diff.through_text).
WITH managed AS (
  SELECT n.oid FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
), member AS (
  SELECT d.refobjid AS extension, CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
         p.oid::regprocedure::text AS name, p.proowner AS owner,
         coalesce(p.proacl, acldefault('f', p.proowner)) AS acl,
         coalesce(ip.initprivs, acldefault('f', p.proowner)) AS initial, NULL::name AS column_name
  FROM pg_depend AS d
  JOIN pg_proc AS p ON p.oid = d.objid
  LEFT JOIN pg_init_privs AS ip
         ON ip.classoid = 'pg_proc'::regclass AND ip.objoid = p.oid AND ip.objsubid = 0 AND ip.privtype = 'e'
  WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND p.pronamespace IN (SELECT oid FROM managed)
  UNION ALL
  SELECT d.refobjid, CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END,
         c.oid::regclass::text, c.relowner,
         coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)),
         coalesce(ip.initprivs, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)), NULL
  FROM pg_depend AS d
  JOIN pg_class AS c ON c.oid = d.objid
  LEFT JOIN pg_init_privs AS ip
         ON ip.classoid = 'pg_class'::regclass AND ip.objoid = c.oid AND ip.objsubid = 0 AND ip.privtype = 'e'
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND c.relnamespace IN (SELECT oid FROM managed) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  UNION ALL
  SELECT d.refobjid, 'table', c.oid::regclass::text, c.relowner,
         coalesce(a.attacl, '{}'), coalesce(ip.initprivs, '{}'), a.attname
  FROM pg_depend AS d
  JOIN pg_class AS c ON c.oid = d.objid
  JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_init_privs AS ip
         ON ip.classoid = 'pg_class'::regclass AND ip.objoid = c.oid AND ip.objsubid = a.attnum AND ip.privtype = 'e'
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND c.relnamespace IN (SELECT oid FROM managed) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    AND (a.attacl IS NOT NULL OR ip.initprivs IS NOT NULL)
  UNION ALL
  -- Not array types (GRANT refuses them: they follow their element type).
  SELECT d.refobjid, 'type', t.oid::regtype::text, t.typowner,
         coalesce(t.typacl, acldefault('T', t.typowner)),
         coalesce(ip.initprivs, acldefault('T', t.typowner)), NULL
  FROM pg_depend AS d
  JOIN pg_type AS t ON t.oid = d.objid
  LEFT JOIN pg_init_privs AS ip
         ON ip.classoid = 'pg_type'::regclass AND ip.objoid = t.oid AND ip.objsubid = 0 AND ip.privtype = 'e'
  WHERE d.classid = 'pg_type'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND t.typnamespace IN (SELECT oid FROM managed) AND t.typcategory <> 'A'
)
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version,
       e.extrelocatable AS relocatable,
       (SELECT array_agg(u.target ORDER BY u.target) FROM pg_extension_update_paths(e.extname) AS u
         WHERE u.source = e.extversion AND u.path IS NOT NULL) AS update_targets,
       (SELECT array_agg(pg_catalog.format_type(t.oid, NULL) ORDER BY pg_catalog.format_type(t.oid, NULL))
          FROM pg_depend AS d JOIN pg_type AS t ON t.oid = d.objid
         WHERE d.classid = 'pg_type'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
           AND d.refobjid = e.oid AND t.typcategory <> 'A') AS types,
       obj_description(e.oid, 'pg_extension') AS comment,
       a.comment AS default_comment,
       (SELECT jsonb_agg(jsonb_build_object(
                 'kind', m.kind, 'name', m.name, 'column', m.column_name,
                 'grants', (SELECT jsonb_agg(jsonb_build_array(
                                     CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                                     x.privilege_type, x.is_grantable))
                              FROM aclexplode(nullif(m.acl, '{}')) AS x WHERE x.grantee <> m.owner),
                 'initial', (SELECT jsonb_agg(jsonb_build_array(
                                      CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END,
                                      x.privilege_type, x.is_grantable))
                               FROM aclexplode(nullif(m.initial, '{}')) AS x WHERE x.grantee <> m.owner)))
          FROM member AS m
         WHERE m.extension = e.oid AND m.acl <> m.initial) AS members
FROM pg_extension AS e
JOIN pg_namespace AS n ON n.oid = e.extnamespace
LEFT JOIN pg_available_extensions AS a ON a.name = e.extname
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
