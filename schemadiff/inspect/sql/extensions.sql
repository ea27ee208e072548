-- Installed extensions; plpgsql comes with every database and is never managed.
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version
FROM pg_extension AS e
JOIN pg_namespace AS n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
