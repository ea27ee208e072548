-- Extended statistics, aggregates (with their grants), operators, casts, collations,
-- conversions, text search parsers, templates, dictionaries and configurations, rules,
-- operator families and classes, and the database-wide event triggers, publications and
-- default privileges that concern managed schemas, foreign-data wrappers, servers, user
-- mappings, procedural languages and access methods: one row per object, its owner (NULL
-- for the kinds without one of their own, see model/owners.py), its kind-specific
-- attributes in `detail` (one query for all these kinds keeps the number of catalog queries
-- constant). Extension members are skipped: the extension
-- stands for them. Names of functions, operators and types print qualified unless they are
-- in pg_catalog (the session's search_path is empty).
WITH managed AS (
  SELECT n.oid FROM pg_namespace AS n WHERE n.nspname = ANY (%(schemas)s::text[])
), extension_member AS (
  SELECT d.classid, d.objid FROM pg_depend AS d WHERE d.deptype = 'e'
)
SELECT 'statistics' AS kind, n.nspname AS schema, s.stxname AS name,
       obj_description(s.oid, 'pg_statistic_ext') AS comment, pg_get_userbyid(s.stxowner) AS owner,
       jsonb_build_object(
         'table_schema', tn.nspname, 'table', c.relname,
         'columns', (SELECT coalesce(jsonb_agg(a.attname ORDER BY k.attnum), '[]')
                       FROM unnest(s.stxkeys::int2[]) AS k(attnum)
                       JOIN pg_attribute AS a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum),
         'expressions', coalesce(to_jsonb(pg_get_statisticsobjdef_expressions(s.oid)), '[]'),
         'kinds', to_jsonb(s.stxkind::text[]),
         'target', s.stxstattarget) AS detail
FROM pg_statistic_ext AS s
JOIN pg_namespace AS n ON n.oid = s.stxnamespace
JOIN pg_class AS c ON c.oid = s.stxrelid
JOIN pg_namespace AS tn ON tn.oid = c.relnamespace
WHERE s.stxnamespace IN (SELECT oid FROM managed)
  AND (s.oid, 'pg_statistic_ext'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'aggregate', n.nspname, p.proname, obj_description(p.oid, 'pg_proc'), pg_get_userbyid(p.proowner),
       jsonb_build_object(
         'arguments', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'type', format_type(a.type, NULL),
                                 'name', nullif(p.proargnames[a.n], ''),
                                 'mode', coalesce(p.proargmodes[a.n], 'i')) ORDER BY a.n), '[]')
                         FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type, n)),
         'kind', g.aggkind, 'direct_arguments', g.aggnumdirectargs,
         'sfunc', g.aggtransfn::regproc::text, 'stype', format_type(g.aggtranstype, NULL),
         'returns', format_type(p.prorettype, NULL),
         'sspace', g.aggtransspace,
         'finalfunc', nullif(g.aggfinalfn::oid, 0)::regproc::text,
         'finalfunc_extra', g.aggfinalextra, 'finalfunc_modify', g.aggfinalmodify,
         'combinefunc', nullif(g.aggcombinefn::oid, 0)::regproc::text,
         'serialfunc', nullif(g.aggserialfn::oid, 0)::regproc::text,
         'deserialfunc', nullif(g.aggdeserialfn::oid, 0)::regproc::text,
         'msfunc', nullif(g.aggmtransfn::oid, 0)::regproc::text,
         'minvfunc', nullif(g.aggminvtransfn::oid, 0)::regproc::text,
         'mstype', CASE WHEN g.aggmtranstype <> 0 THEN format_type(g.aggmtranstype, NULL) END,
         'msspace', g.aggmtransspace,
         'mfinalfunc', nullif(g.aggmfinalfn::oid, 0)::regproc::text,
         'mfinalfunc_extra', g.aggmfinalextra, 'mfinalfunc_modify', g.aggmfinalmodify,
         'minitcond', g.aggminitval,
         'initcond', g.agginitval,
         'sortop', (SELECT quote_ident(sn.nspname) || '.' || so.oprname
                      FROM pg_operator AS so JOIN pg_namespace AS sn ON sn.oid = so.oprnamespace
                     WHERE so.oid = g.aggsortop),
         'parallel', p.proparallel,
         'default_acl', p.proacl IS NULL,
         'grants', (SELECT jsonb_agg(jsonb_build_array(
                              CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                              a.privilege_type, a.is_grantable))
                      FROM aclexplode(p.proacl) AS a
                     WHERE a.grantee <> p.proowner),
         -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
         'own_privileges', CASE WHEN p.proacl IS NOT NULL THEN to_jsonb(nullif(
           ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(p.proacl) AS a WHERE a.grantee = p.proowner ORDER BY 1),
           ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('f', p.proowner)) AS a WHERE a.grantee = p.proowner ORDER BY 1)))
           END,
         'signature', p.oid::regprocedure::text)
FROM pg_aggregate AS g
JOIN pg_proc AS p ON p.oid = g.aggfnoid
JOIN pg_namespace AS n ON n.oid = p.pronamespace
WHERE p.pronamespace IN (SELECT oid FROM managed)
  AND (p.oid, 'pg_proc'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'operator', n.nspname, o.oprname, obj_description(o.oid, 'pg_operator'), pg_get_userbyid(o.oprowner),
       jsonb_build_object(
         'left', CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END,
         'right', format_type(o.oprright, NULL),
         'function', o.oprcode::regproc::text,
         'commutator', (SELECT quote_ident(cn.nspname) || '.' || co.oprname
                          FROM pg_operator AS co JOIN pg_namespace AS cn ON cn.oid = co.oprnamespace
                         WHERE co.oid = o.oprcom),
         'negator', (SELECT quote_ident(nn.nspname) || '.' || ne.oprname
                       FROM pg_operator AS ne JOIN pg_namespace AS nn ON nn.oid = ne.oprnamespace
                      WHERE ne.oid = o.oprnegate),
         'restrict', nullif(o.oprrest::oid, 0)::regproc::text,
         'join', nullif(o.oprjoin::oid, 0)::regproc::text,
         'hashes', o.oprcanhash, 'merges', o.oprcanmerge,
         'signature', o.oid::regoperator::text)
FROM pg_operator AS o
JOIN pg_namespace AS n ON n.oid = o.oprnamespace
WHERE o.oprnamespace IN (SELECT oid FROM managed)
  AND o.oprcode <> 0  -- a shell, left by a commutator or negator that names it, is not an operator yet
  AND (o.oid, 'pg_operator'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'cast', NULL, format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL),
       obj_description(c.oid, 'pg_cast'), NULL,
       jsonb_build_object(
         'source', format_type(c.castsource, NULL), 'target', format_type(c.casttarget, NULL),
         'method', c.castmethod, 'context', c.castcontext,
         'function', nullif(c.castfunc, 0)::regprocedure::text)
FROM pg_cast AS c
WHERE (c.oid, 'pg_cast'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
  -- not those a type made for itself (a range's cast to its multirange: deptype 'i')
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                   WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype = 'i')
  AND (   (SELECT t.typnamespace FROM pg_type AS t WHERE t.oid = c.castsource) IN (SELECT oid FROM managed)
       OR (SELECT t.typnamespace FROM pg_type AS t WHERE t.oid = c.casttarget) IN (SELECT oid FROM managed)
       OR (SELECT p.pronamespace FROM pg_proc AS p WHERE p.oid = c.castfunc) IN (SELECT oid FROM managed)
       -- a cast made in this database between built-in types, through a built-in function
       -- or none (CREATE CAST (timestamptz AS interval) WITH FUNCTION age(timestamptz)):
       -- nothing else stands for it. Below FirstNormalObjectId (16384) come with PostgreSQL.
       OR (    c.oid >= 16384
           AND (SELECT t.typnamespace FROM pg_type AS t WHERE t.oid = c.castsource) = 'pg_catalog'::regnamespace
           AND (SELECT t.typnamespace FROM pg_type AS t WHERE t.oid = c.casttarget) = 'pg_catalog'::regnamespace
           AND coalesce((SELECT p.pronamespace FROM pg_proc AS p WHERE p.oid = c.castfunc),
                        'pg_catalog'::regnamespace) = 'pg_catalog'::regnamespace))
UNION ALL
-- Transforms no extension created (hstore_plperl's are its own): every one, as pg_dump.
SELECT 'transform', NULL, format_type(tr.trftype, NULL) || ' ' || l.lanname, obj_description(tr.oid, 'pg_transform'), NULL,
       jsonb_build_object(
         'type', format_type(tr.trftype, NULL), 'language', l.lanname,
         'from_sql', nullif(tr.trffromsql, 0)::regprocedure::text, 'to_sql', nullif(tr.trftosql, 0)::regprocedure::text)
FROM pg_transform AS tr
JOIN pg_language AS l ON l.oid = tr.trflang
WHERE (tr.oid, 'pg_transform'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'collation', n.nspname, co.collname, obj_description(co.oid, 'pg_collation'), pg_get_userbyid(co.collowner),
       jsonb_build_object(
         'provider', co.collprovider, 'deterministic', co.collisdeterministic,
         'lc_collate', co.collcollate, 'lc_ctype', co.collctype, 'icu_locale', co.colliculocale)
FROM pg_collation AS co
JOIN pg_namespace AS n ON n.oid = co.collnamespace
WHERE co.collnamespace IN (SELECT oid FROM managed)
  AND (co.oid, 'pg_collation'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'conversion', n.nspname, c.conname, obj_description(c.oid, 'pg_conversion'), NULL,
       jsonb_build_object(
         'source', pg_encoding_to_char(c.conforencoding), 'destination', pg_encoding_to_char(c.contoencoding),
         'function', c.conproc::regproc::text, 'default', c.condefault)
FROM pg_conversion AS c
JOIN pg_namespace AS n ON n.oid = c.connamespace
WHERE c.connamespace IN (SELECT oid FROM managed)
  AND (c.oid, 'pg_conversion'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search parser', n.nspname, p.prsname, obj_description(p.oid, 'pg_ts_parser'), NULL,
       jsonb_build_object(
         'start', p.prsstart::regproc::text, 'gettoken', p.prstoken::regproc::text,
         'end', p.prsend::regproc::text, 'lextypes', p.prslextype::regproc::text,
         'headline', nullif(p.prsheadline::oid, 0)::regproc::text)
FROM pg_ts_parser AS p
JOIN pg_namespace AS n ON n.oid = p.prsnamespace
WHERE p.prsnamespace IN (SELECT oid FROM managed)
  AND (p.oid, 'pg_ts_parser'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search template', n.nspname, t.tmplname, obj_description(t.oid, 'pg_ts_template'), NULL,
       jsonb_build_object(
         'init', nullif(t.tmplinit::oid, 0)::regproc::text, 'lexize', t.tmpllexize::regproc::text)
FROM pg_ts_template AS t
JOIN pg_namespace AS n ON n.oid = t.tmplnamespace
WHERE t.tmplnamespace IN (SELECT oid FROM managed)
  AND (t.oid, 'pg_ts_template'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search dictionary', n.nspname, d.dictname, obj_description(d.oid, 'pg_ts_dict'), pg_get_userbyid(d.dictowner),
       jsonb_build_object(
         'template', (SELECT CASE WHEN tn.nspname = 'pg_catalog' THEN quote_ident(t.tmplname)
                                  ELSE quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) END
                        FROM pg_ts_template AS t JOIN pg_namespace AS tn ON tn.oid = t.tmplnamespace
                       WHERE t.oid = d.dicttemplate),
         'options', d.dictinitoption)
FROM pg_ts_dict AS d
JOIN pg_namespace AS n ON n.oid = d.dictnamespace
WHERE d.dictnamespace IN (SELECT oid FROM managed)
  AND (d.oid, 'pg_ts_dict'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'text search configuration', n.nspname, c.cfgname, obj_description(c.oid, 'pg_ts_config'), pg_get_userbyid(c.cfgowner),
       jsonb_build_object(
         'parser', (SELECT CASE WHEN pn.nspname = 'pg_catalog' THEN quote_ident(p.prsname)
                                ELSE quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) END
                      FROM pg_ts_parser AS p JOIN pg_namespace AS pn ON pn.oid = p.prsnamespace
                     WHERE p.oid = c.cfgparser),
         -- [token type, dictionary] pairs in token and sequence order
         'mappings', (SELECT coalesce(jsonb_agg(jsonb_build_array(tt.alias, m.mapdict::regdictionary::text)
                                                ORDER BY tt.alias, m.mapseqno), '[]')
                        FROM pg_ts_config_map AS m
                        JOIN ts_token_type(c.cfgparser) AS tt ON tt.tokid = m.maptokentype
                       WHERE m.mapcfg = c.oid))
FROM pg_ts_config AS c
JOIN pg_namespace AS n ON n.oid = c.cfgnamespace
WHERE c.cfgnamespace IN (SELECT oid FROM managed)
  AND (c.oid, 'pg_ts_config'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'rule', n.nspname, r.rulename, obj_description(r.oid, 'pg_rewrite'), NULL,
       jsonb_build_object(
         'table', c.relname, 'event', r.ev_type, 'instead', r.is_instead, 'enabled', r.ev_enabled,
         'definition', pg_get_ruledef(r.oid))
FROM pg_rewrite AS r
JOIN pg_class AS c ON c.oid = r.ev_class
JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relnamespace IN (SELECT oid FROM managed)
  AND r.rulename <> '_RETURN'  -- a view's query
  AND (c.oid, 'pg_class'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- An operator family's own members are those no class of it holds (pg_depend says which).
SELECT CASE WHEN x.is_class THEN 'operator class' ELSE 'operator family' END, n.nspname, x.name,
       obj_description(x.oid, CASE WHEN x.is_class THEN 'pg_opclass' ELSE 'pg_opfamily' END), pg_get_userbyid(x.owner),
       jsonb_build_object(
         'method', am.amname, 'type', x.type, 'default', x.is_default, 'storage', x.storage,
         'family_schema', fn.nspname, 'family', f.opfname,
         'operators', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'strategy', o.amopstrategy, 'left', format_type(o.amoplefttype, NULL),
                                'right', format_type(o.amoprighttype, NULL),
                                'schema', opn.nspname, 'name', op.oprname,
                                'order_by_schema', sfn.nspname, 'order_by', sf.opfname)), '[]')
                         FROM pg_amop AS o
                         JOIN pg_operator AS op ON op.oid = o.amopopr
                         JOIN pg_namespace AS opn ON opn.oid = op.oprnamespace
                         LEFT JOIN pg_opfamily AS sf ON sf.oid = o.amopsortfamily
                         LEFT JOIN pg_namespace AS sfn ON sfn.oid = sf.opfnamespace
                        WHERE o.amopfamily = f.oid
                          AND EXISTS (SELECT FROM pg_depend AS d
                                       WHERE d.classid = 'pg_amop'::regclass AND d.objid = o.oid
                                         AND d.refclassid = x.catalog AND d.refobjid = x.oid)),
         'functions', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'number', p.amprocnum, 'left', format_type(p.amproclefttype, NULL),
                                'right', format_type(p.amprocrighttype, NULL),
                                'function', p.amproc::regprocedure::text)), '[]')
                         FROM pg_amproc AS p
                        WHERE p.amprocfamily = f.oid
                          AND EXISTS (SELECT FROM pg_depend AS d
                                       WHERE d.classid = 'pg_amproc'::regclass AND d.objid = p.oid
                                         AND d.refclassid = x.catalog AND d.refobjid = x.oid)))
FROM (SELECT c.oid, 'pg_opclass'::regclass AS catalog, true AS is_class, c.opcname AS name,
             c.opcnamespace AS namespace, c.opcmethod AS method, c.opcfamily AS family,
             format_type(c.opcintype, NULL) AS type, c.opcdefault AS is_default,
             CASE WHEN c.opckeytype <> 0 THEN format_type(c.opckeytype, NULL) END AS storage, c.opcowner AS owner
        FROM pg_opclass AS c
      UNION ALL
      SELECT f.oid, 'pg_opfamily'::regclass, false, f.opfname, f.opfnamespace, f.opfmethod, f.oid,
             NULL, false, NULL, f.opfowner
        FROM pg_opfamily AS f) AS x
JOIN pg_namespace AS n ON n.oid = x.namespace
JOIN pg_am AS am ON am.oid = x.method
JOIN pg_opfamily AS f ON f.oid = x.family
JOIN pg_namespace AS fn ON fn.oid = f.opfnamespace
WHERE x.namespace IN (SELECT oid FROM managed)
  AND (x.oid, x.catalog) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'event trigger', NULL, e.evtname, obj_description(e.oid, 'pg_event_trigger'), pg_get_userbyid(e.evtowner),
       jsonb_build_object(
         'event', e.evtevent, 'function_schema', fn.nspname, 'function', p.proname,
         'tags', coalesce(to_jsonb(e.evttags), '[]'), 'enabled', e.evtenabled)
FROM pg_event_trigger AS e
JOIN pg_proc AS p ON p.oid = e.evtfoid
JOIN pg_namespace AS fn ON fn.oid = p.pronamespace
WHERE p.pronamespace IN (SELECT oid FROM managed)
  AND (e.oid, 'pg_event_trigger'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'publication', NULL, p.pubname, obj_description(p.oid, 'pg_publication'), pg_get_userbyid(p.pubowner),
       jsonb_build_object(
         'all_tables', p.puballtables, 'via_root', p.pubviaroot,
         'publish', jsonb_build_object('insert', p.pubinsert, 'update', p.pubupdate, 'delete', p.pubdelete,
                                       'truncate', p.pubtruncate),
         'tables', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'schema', tn.nspname, 'name', c.relname,
                             'columns', (SELECT coalesce(jsonb_agg(a.attname ORDER BY a.attnum), '[]')
                                           FROM unnest(r.prattrs::int2[]) AS k(attnum)
                                           JOIN pg_attribute AS a ON a.attrelid = r.prrelid AND a.attnum = k.attnum),
                             'where', pg_get_expr(r.prqual, r.prrelid))), '[]')
                      FROM pg_publication_rel AS r
                      JOIN pg_class AS c ON c.oid = r.prrelid
                      JOIN pg_namespace AS tn ON tn.oid = c.relnamespace
                     WHERE r.prpubid = p.oid),
         'schemas', (SELECT coalesce(jsonb_agg(sn.nspname), '[]')
                       FROM pg_publication_namespace AS pn JOIN pg_namespace AS sn ON sn.oid = pn.pnnspid
                      WHERE pn.pnpubid = p.oid))
FROM pg_publication AS p
WHERE (p.oid, 'pg_publication'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
  AND (p.puballtables
       OR EXISTS (SELECT FROM pg_publication_rel AS r JOIN pg_class AS c ON c.oid = r.prrelid
                   WHERE r.prpubid = p.oid AND c.relnamespace IN (SELECT oid FROM managed))
       OR EXISTS (SELECT FROM pg_publication_namespace AS pn
                   WHERE pn.pnpubid = p.oid AND pn.pnnspid IN (SELECT oid FROM managed))
       OR NOT EXISTS (SELECT FROM pg_publication_rel AS r WHERE r.prpubid = p.oid)
          AND NOT EXISTS (SELECT FROM pg_publication_namespace AS pn WHERE pn.pnpubid = p.oid))
UNION ALL
-- The database's subscriptions. Their connection is readable by superusers only (it may
-- hold a password), and a query naming it fails to parse for anyone else: it runs through
-- query_to_xml, for superusers only, as pg_dump dumps them (unsupported.sql names them
-- to anyone else).
SELECT 'subscription', NULL, s.name, s.comment, s.owner, s.detail::jsonb
FROM XMLTABLE(
       '/table/row'
       PASSING query_to_xml(
         CASE WHEN (SELECT r.rolsuper FROM pg_roles AS r WHERE r.rolname = current_user)
              THEN 'SELECT s.subname AS name, pg_catalog.obj_description(s.oid, ''pg_subscription'') AS comment,'
                   ' pg_catalog.pg_get_userbyid(s.subowner) AS owner, pg_catalog.jsonb_build_object('
                   '''connection'', s.subconninfo, ''publications'', pg_catalog.to_jsonb(s.subpublications),'
                   ' ''slot_name'', s.subslotname, ''enabled'', s.subenabled, ''binary'', s.subbinary,'
                   ' ''streaming'', s.substream, ''two_phase'', s.subtwophasestate <> ''d'','
                   ' ''disable_on_error'', s.subdisableonerr, ''synchronous_commit'', s.subsynccommit)::text AS detail'
                   ' FROM pg_catalog.pg_subscription AS s JOIN pg_catalog.pg_database AS d ON d.oid = s.subdbid'
                   ' WHERE d.datname = pg_catalog.current_database()'
              ELSE 'SELECT NULL::text AS name, NULL::text AS comment, NULL::text AS owner, NULL::text AS detail WHERE false'
         END,
         false, false, '')
       COLUMNS name text, comment text, owner text, detail text) AS s
UNION ALL
-- Foreign-data wrappers, servers and user mappings: every one no extension created (an
-- extension's wrapper is the extension's), as pg_dump dumps them. Options sorted by name.
SELECT 'foreign data wrapper', NULL, w.fdwname, obj_description(w.oid, 'pg_foreign_data_wrapper'), pg_get_userbyid(w.fdwowner),
       jsonb_build_object(
         'handler', (SELECT jsonb_build_array(hn.nspname, h.proname) FROM pg_proc AS h
                       JOIN pg_namespace AS hn ON hn.oid = h.pronamespace WHERE h.oid = w.fdwhandler),
         'validator', (SELECT jsonb_build_array(vn.nspname, v.proname) FROM pg_proc AS v
                         JOIN pg_namespace AS vn ON vn.oid = v.pronamespace WHERE v.oid = w.fdwvalidator),
         'options', (SELECT coalesce(jsonb_agg(jsonb_build_array(o.option_name, o.option_value) ORDER BY o.option_name), '[]')
                       FROM pg_options_to_table(w.fdwoptions) AS o),
         'grants', (SELECT coalesce(jsonb_agg(jsonb_build_array(
                             CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                             a.privilege_type, a.is_grantable)), '[]')
                      FROM aclexplode(w.fdwacl) AS a
                     WHERE a.grantee <> w.fdwowner),
         -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
         'own_privileges', CASE WHEN w.fdwacl IS NOT NULL THEN to_jsonb(nullif(
           ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(w.fdwacl) AS a WHERE a.grantee = w.fdwowner ORDER BY 1),
           ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('F', w.fdwowner)) AS a WHERE a.grantee = w.fdwowner ORDER BY 1)))
           END)
FROM pg_foreign_data_wrapper AS w
WHERE (w.oid, 'pg_foreign_data_wrapper'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
SELECT 'foreign server', NULL, s.srvname, obj_description(s.oid, 'pg_foreign_server'), pg_get_userbyid(s.srvowner),
       jsonb_build_object(
         'wrapper', w.fdwname, 'type', s.srvtype, 'version', s.srvversion,
         'options', (SELECT coalesce(jsonb_agg(jsonb_build_array(o.option_name, o.option_value) ORDER BY o.option_name), '[]')
                       FROM pg_options_to_table(s.srvoptions) AS o),
         'grants', (SELECT coalesce(jsonb_agg(jsonb_build_array(
                             CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                             a.privilege_type, a.is_grantable)), '[]')
                      FROM aclexplode(s.srvacl) AS a
                     WHERE a.grantee <> s.srvowner),
         -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
         'own_privileges', CASE WHEN s.srvacl IS NOT NULL THEN to_jsonb(nullif(
           ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(s.srvacl) AS a WHERE a.grantee = s.srvowner ORDER BY 1),
           ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('S', s.srvowner)) AS a WHERE a.grantee = s.srvowner ORDER BY 1)))
           END)
FROM pg_foreign_server AS s
JOIN pg_foreign_data_wrapper AS w ON w.oid = s.srvfdw
WHERE (s.oid, 'pg_foreign_server'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- pg_user_mappings, not pg_user_mapping (superusers only): it shows the options (which may
-- hold passwords) to whom may see them.
SELECT 'user mapping', NULL, s.srvname, NULL, NULL,
       jsonb_build_object(
         'user', CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE u.usename END,
         'options', (SELECT coalesce(jsonb_agg(jsonb_build_array(o.option_name, o.option_value) ORDER BY o.option_name), '[]')
                       FROM pg_options_to_table(u.umoptions) AS o))
FROM pg_user_mappings AS u
JOIN pg_foreign_server AS s ON s.oid = u.srvid
WHERE (s.oid, 'pg_foreign_server'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- Procedural languages no extension created (PostgreSQL's own, internal, c and sql, have
-- oids below FirstNormalObjectId). A NULL lanacl is the default: USAGE to PUBLIC.
SELECT 'language', NULL, l.lanname, obj_description(l.oid, 'pg_language'), pg_get_userbyid(l.lanowner),
       jsonb_build_object(
         'trusted', l.lanpltrusted,
         'handler', (SELECT jsonb_build_array(hn.nspname, h.proname) FROM pg_proc AS h
                       JOIN pg_namespace AS hn ON hn.oid = h.pronamespace WHERE h.oid = l.lanplcallfoid),
         'inline', (SELECT jsonb_build_array(hn.nspname, h.proname) FROM pg_proc AS h
                      JOIN pg_namespace AS hn ON hn.oid = h.pronamespace WHERE h.oid = l.laninline),
         'validator', (SELECT jsonb_build_array(hn.nspname, h.proname) FROM pg_proc AS h
                         JOIN pg_namespace AS hn ON hn.oid = h.pronamespace WHERE h.oid = l.lanvalidator),
         'grants', (SELECT coalesce(jsonb_agg(jsonb_build_array(
                             CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                             a.privilege_type, a.is_grantable)), '[]')
                      FROM aclexplode(coalesce(l.lanacl, acldefault('l', l.lanowner))) AS a
                     WHERE a.grantee <> l.lanowner),
         -- What the owner keeps of its own privileges, when it lacks some (see model.own_privileges).
         'own_privileges', CASE WHEN l.lanacl IS NOT NULL THEN to_jsonb(nullif(
           ARRAY(SELECT DISTINCT a.privilege_type FROM aclexplode(l.lanacl) AS a WHERE a.grantee = l.lanowner ORDER BY 1),
           ARRAY(SELECT a.privilege_type FROM aclexplode(acldefault('l', l.lanowner)) AS a WHERE a.grantee = l.lanowner ORDER BY 1)))
           END)
FROM pg_language AS l
WHERE l.oid >= 16384 AND (l.oid, 'pg_language'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- Access methods: every one neither PostgreSQL (oid below FirstNormalObjectId, 16384) nor
-- an extension created, as pg_dump dumps them. They have no owner.
SELECT 'access method', NULL, am.amname, obj_description(am.oid, 'pg_am'), NULL,
       jsonb_build_object(
         'type', am.amtype,
         'handler', (SELECT jsonb_build_array(hn.nspname, h.proname) FROM pg_proc AS h
                       JOIN pg_namespace AS hn ON hn.oid = h.pronamespace WHERE h.oid = am.amhandler))
FROM pg_am AS am
WHERE am.oid >= 16384 AND (am.oid, 'pg_am'::regclass) NOT IN (SELECT objid, classid FROM extension_member)
UNION ALL
-- The role's own privileges come too: a database-wide entry without some of them keeps
-- fewer (model.database.without_own_grant); a schema's entry only adds to those, so a
-- grant to the role itself there is a grant like any other.
SELECT 'default privileges', dn.nspname, NULL, NULL, NULL,
       jsonb_build_object(
         'role', pg_get_userbyid(d.defaclrole), 'object_type', d.defaclobjtype,
         'grants', (SELECT coalesce(jsonb_agg(jsonb_build_array(
                              CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                              a.privilege_type, a.is_grantable)), '[]')
                      FROM aclexplode(d.defaclacl) AS a))
FROM pg_default_acl AS d
LEFT JOIN pg_namespace AS dn ON dn.oid = d.defaclnamespace
WHERE d.defaclnamespace = 0 OR d.defaclnamespace IN (SELECT oid FROM managed)
ORDER BY kind, schema, name
