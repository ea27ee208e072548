-- Managed schemas: those asked for (%(schemas)s), or, when NULL, every schema that is
-- neither PostgreSQL's own (pg_*, information_schema) nor created by an extension.
SELECT n.nspname AS name,
       obj_description(n.oid, 'pg_namespace') AS comment,
       pg_get_userbyid(n.nspowner) AS owner,
       (SELECT jsonb_agg(jsonb_build_array(
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                 a.privilege_type, a.is_grantable))
          FROM aclexplode(n.nspacl) AS a
         WHERE a.grantee <> n.nspowner) AS grants,
       -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
       CASE WHEN n.nspacl IS NOT NULL THEN nullif(
         ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(n.nspacl) AS a WHERE a.grantee = n.nspowner ORDER BY 1),
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('n', n.nspowner)) AS a WHERE a.grantee = n.nspowner ORDER BY 1))
       END AS own_privileges
FROM pg_namespace AS n
WHERE CASE
        WHEN %(schemas)s::text[] IS NULL THEN
          n.nspname !~ '^pg_'
          AND n.nspname <> 'information_schema'
          AND NOT EXISTS (SELECT FROM pg_depend AS d
                           WHERE d.classid = 'pg_namespace'::regclass
                             AND d.objid = n.oid AND d.deptype = 'e')
        ELSE n.nspname = ANY (%(schemas)s::text[])
      END
ORDER BY n.nspname
