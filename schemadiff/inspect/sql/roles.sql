-- The roles that grants and policies name (%(roles)s), with the attributes the model keeps.
SELECT r.rolname AS name,
       r.rolcanlogin AS login,
       r.rolbypassrls AS bypass_rls,
       r.rolinherit AS inherit,
       r.rolsuper AS superuser,
       r.rolcreatedb AS create_db,
       r.rolcreaterole AS create_role,
       r.rolreplication AS replication,
       shobj_description(r.oid, 'pg_authid') AS comment
FROM pg_roles AS r
WHERE r.rolname = ANY (%(roles)s::text[])
ORDER BY r.rolname
