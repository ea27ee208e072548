-- What a database holds that the model does not represent, so that inspection names it
-- instead of silently leaving it out. Every kind in the managed schemas has a model now:
-- what is left is database-wide (or, for subscriptions, unreadable to this role).
-- Subscriptions, to anyone but a superuser (objects.sql reads them for superusers only:
-- their connection is theirs to read).
SELECT 'subscription (readable by superusers only)' AS kind, quote_ident(s.subname) AS name
FROM pg_subscription AS s
WHERE s.subdbid = (SELECT d.oid FROM pg_database AS d WHERE d.datname = current_database())
  AND NOT (SELECT r.rolsuper FROM pg_roles AS r WHERE r.rolname = current_user)
UNION ALL
-- Database-wide kinds that none of the model's objects stand for.
SELECT 'security label', l.provider || ' on ' || pg_describe_object(l.classoid, l.objoid, l.objsubid)
FROM pg_seclabel AS l
UNION ALL
-- Privileges changed on PostgreSQL's own functions, relations, columns and languages
-- (REVOKE EXECUTE ON FUNCTION pg_sleep FROM PUBLIC): pg_dump keeps what differs from
-- pg_init_privs (or, without an entry there, from the built-in default) in pg_catalog (it
-- leaves information_schema out); the model does not reach outside the managed schemas.
-- Below FirstNormalObjectId (16384) come with PostgreSQL.
SELECT 'privileges on a system object', pg_describe_object(o.classid, o.objid, o.subid)
FROM (
  SELECT 'pg_proc'::regclass AS classid, p.oid AS objid, 0 AS subid, p.proacl AS acl,
         acldefault('f', p.proowner) AS builtin
  FROM pg_proc AS p WHERE p.oid < 16384 AND p.pronamespace = 'pg_catalog'::regnamespace AND p.proacl IS NOT NULL
  UNION ALL
  SELECT 'pg_class'::regclass, c.oid, 0, c.relacl,
         acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner)
  FROM pg_class AS c WHERE c.oid < 16384 AND c.relnamespace = 'pg_catalog'::regnamespace AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'pg_class'::regclass, a.attrelid, a.attnum, a.attacl, NULL
  FROM pg_attribute AS a JOIN pg_class AS ac ON ac.oid = a.attrelid
  WHERE a.attrelid < 16384 AND ac.relnamespace = 'pg_catalog'::regnamespace AND a.attacl IS NOT NULL
  UNION ALL
  SELECT 'pg_language'::regclass, l.oid, 0, l.lanacl, acldefault('l', l.lanowner)
  FROM pg_language AS l WHERE l.oid < 16384 AND l.lanacl IS NOT NULL
) AS o
LEFT JOIN pg_init_privs AS ip ON ip.classoid = o.classid AND ip.objoid = o.objid AND ip.objsubid = o.subid
WHERE o.acl IS DISTINCT FROM coalesce(ip.initprivs, o.builtin)
ORDER BY kind, name
