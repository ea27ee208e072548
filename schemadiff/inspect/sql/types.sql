-- User-defined types of the managed schemas, one row each: enums (their labels in sort
-- order), composite types (their attributes), range types, domains (their CHECK
-- constraints) and base types (their CREATE TYPE options, `base`). Array and multirange
-- types come with their element or range type, a table's row type with its table;
-- extension members are the extension's. A shell type left undefined (CREATE TYPE name)
-- is a pseudo-type ('p'): the only kind of those a user can create.
-- Options equal to PostgreSQL's default (a range's default opclass, collation and
-- multirange name; a domain's or attribute's collation inherited from its type) are NULL.
-- A collation's schema is given unless it is pg_catalog (see columns.sql).
SELECT n.nspname AS schema,
       t.typname AS name,
       t.typtype AS kind,
       obj_description(t.oid, 'pg_type') AS comment,
       pg_get_userbyid(t.typowner) AS owner,
       t.typacl IS NULL AS default_acl,
       (SELECT jsonb_agg(jsonb_build_array(
                 CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                 a.privilege_type, a.is_grantable))
          FROM aclexplode(t.typacl) AS a
         WHERE a.grantee <> t.typowner) AS grants,
       -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
       CASE WHEN t.typacl IS NOT NULL THEN nullif(
         ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(t.typacl) AS a WHERE a.grantee = t.typowner ORDER BY 1),
         ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('T', t.typowner)) AS a WHERE a.grantee = t.typowner ORDER BY 1))
       END AS own_privileges,
       CASE WHEN t.typtype = 'e' THEN
         ARRAY(SELECT e.enumlabel FROM pg_enum AS e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
       END AS labels,
       CASE WHEN t.typtype = 'c' THEN
         (SELECT jsonb_agg(jsonb_build_object(
                   'name', a.attname,
                   'type', format_type(a.atttypid, a.atttypmod),
                   'collation', CASE WHEN a.attcollation <> at.typcollation THEN co.collname END,
                   'collation_schema', (SELECT cn.nspname FROM pg_namespace AS cn
                                         WHERE cn.oid = co.collnamespace AND cn.nspname <> 'pg_catalog'),
                   'comment', col_description(t.typrelid, a.attnum))
                   ORDER BY a.attnum)
            FROM pg_attribute AS a
            JOIN pg_type AS at ON at.oid = a.atttypid
            LEFT JOIN pg_collation AS co ON co.oid = a.attcollation
           WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
       END AS attributes,
       format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT oc.opcdefault THEN
         CASE WHEN ocn.nspname = 'pg_catalog' THEN quote_ident(oc.opcname)
              ELSE quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END
       END AS subtype_opclass,
       CASE WHEN r.rngcollation <> st.typcollation THEN rco.collname END AS range_collation,
       nullif(rcn.nspname, 'pg_catalog') AS range_collation_schema,
       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
       CASE WHEN mt.typname <> CASE WHEN strpos(t.typname, 'range') > 0
                                    THEN overlay(t.typname PLACING 'multirange' FROM strpos(t.typname, 'range') FOR 5)
                                    ELSE t.typname || '_multirange' END
              OR mt.typnamespace <> t.typnamespace
         THEN mt.typname END AS multirange_type_name,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS default,
       NOT t.typnotnull AS nullable,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN dco.collname END AS domain_collation,
       nullif(dcn.nspname, 'pg_catalog') AS domain_collation_schema,
       CASE WHEN t.typtype = 'd' THEN
         (SELECT jsonb_agg(jsonb_build_object(
                   'name', con.conname, 'expression', pg_get_expr(con.conbin, 0), 'valid', con.convalidated,
                   'comment', obj_description(con.oid, 'pg_constraint'))
                   ORDER BY con.conname)
            FROM pg_constraint AS con
           WHERE con.contypid = t.oid AND con.contype = 'c')
       END AS checks,
       -- A function is named as regproc text: schema-qualified unless in pg_catalog
       -- (queries.py runs every query with an empty search_path).
       CASE WHEN t.typtype = 'b' THEN jsonb_build_object(
         'input', t.typinput::regproc::text, 'output', t.typoutput::regproc::text,
         'receive', nullif(t.typreceive, 0)::regproc::text, 'send', nullif(t.typsend, 0)::regproc::text,
         'typmod_in', nullif(t.typmodin, 0)::regproc::text, 'typmod_out', nullif(t.typmodout, 0)::regproc::text,
         'analyze', nullif(t.typanalyze, 0)::regproc::text, 'subscript', nullif(t.typsubscript, 0)::regproc::text,
         'internallength', t.typlen, 'passedbyvalue', t.typbyval, 'alignment', t.typalign, 'storage', t.typstorage,
         'category', t.typcategory, 'preferred', t.typispreferred, 'default', t.typdefault,
         'element', CASE WHEN t.typelem <> 0 THEN format_type(t.typelem, NULL) END, 'delimiter', t.typdelim,
         'collatable', t.typcollation <> 0)
       END AS base
FROM pg_type AS t
JOIN pg_namespace AS n ON n.oid = t.typnamespace
LEFT JOIN pg_range AS r ON r.rngtypid = t.oid
LEFT JOIN pg_type AS st ON st.oid = r.rngsubtype
LEFT JOIN pg_opclass AS oc ON oc.oid = r.rngsubopc
LEFT JOIN pg_namespace AS ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_collation AS rco ON rco.oid = r.rngcollation
LEFT JOIN pg_namespace AS rcn ON rcn.oid = rco.collnamespace
LEFT JOIN pg_type AS mt ON mt.oid = r.rngmultitypid
LEFT JOIN pg_type AS bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation AS dco ON dco.oid = t.typcollation
LEFT JOIN pg_namespace AS dcn ON dcn.oid = dco.collnamespace
WHERE n.nspname = ANY (%(schemas)s::text[])
  AND t.typtype IN ('e', 'c', 'r', 'd', 'b', 'p')
  AND (t.typtype <> 'b' OR NOT EXISTS (SELECT FROM pg_type AS e WHERE e.typarray = t.oid))  -- not an array
  AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class AS c WHERE c.oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
