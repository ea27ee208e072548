-- Functions, window functions and procedures (aggregates are read by objects.sql),
-- except extension members and those a type made for itself (a range type's constructors:
-- deptype 'i').
-- Arguments come from proallargtypes when there are OUT arguments, else proargtypes; the
-- columns of RETURNS TABLE (mode 't') are part of the result, not arguments.
SELECT n.nspname AS schema,
       p.proname AS name,
       p.prokind,
       l.lanname AS language,
       CASE WHEN p.prosqlbody IS NULL THEN p.prosrc ELSE pg_get_function_sqlbody(p.oid) END AS body,
       nullif(p.probin, '') AS library,
       p.prosqlbody IS NOT NULL AS standard_body,
       pg_get_function_result(p.oid) AS returns,
       p.provolatile,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proparallel,
       p.proconfig,
       p.proleakproof AS leakproof,
       nullif(p.prosupport, 0)::regproc::text AS support,
       p.proretset AS returns_set,
       ARRAY(SELECT format_type(t.type, NULL) FROM unnest(p.protrftypes) WITH ORDINALITY AS t(type, n) ORDER BY t.n)
         AS transforms,
       -- float4's text is its shortest exact form: COST 0.1 reads back as 0.1.
       p.procost::text::float8 AS cost,
       p.prorows::text::float8 AS rows,
       p.oid::regprocedure::text AS signature,
       (SELECT jsonb_agg(jsonb_build_object(
                 'type', format_type(a.type, NULL),
                 'name', nullif(p.proargnames[a.n], ''),
                 'mode', coalesce(p.proargmodes[a.n], 'i'),
                 'default', pg_get_function_arg_default(p.oid, a.n::int))
                 ORDER BY a.n)
          FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS a(type, n)
         WHERE coalesce(p.proargmodes[a.n], 'i') <> 't') AS arguments,
       de.description AS comment,
       pg_get_userbyid(p.proowner) AS owner,
       p.proacl IS NULL AS default_acl,
       (SELECT jsonb_agg(jsonb_build_array(
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                 a.privilege_type, a.is_grantable))
          FROM aclexplode(p.proacl) AS a
         WHERE a.grantee <> p.proowner) AS grants,
       -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
       CASE WHEN p.proacl IS NOT NULL THEN nullif(
         ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(p.proacl) AS a WHERE a.grantee = p.proowner ORDER BY 1),
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('f', p.proowner)) AS a WHERE a.grantee = p.proowner ORDER BY 1))
       END AS own_privileges
FROM pg_proc AS p
JOIN pg_namespace AS n ON n.oid = p.pronamespace
JOIN pg_language AS l ON l.oid = p.prolang
LEFT JOIN pg_description AS de
       ON de.objoid = p.oid AND de.classoid = 'pg_proc'::regclass AND de.objsubid = 0
WHERE p.prokind IN ('f', 'p', 'w')
  AND n.nspname = ANY (%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, p.oid::regprocedure::text
