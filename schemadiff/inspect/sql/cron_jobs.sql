-- pg_cron jobs of this database. cron.job exists only where pg_cron is installed, and a
-- query naming a missing table fails to parse, so the job query runs through query_to_xml
-- and is replaced by an empty one when there is no cron.job: one query either way.
SELECT j.jobid, j.jobname AS name, j.schedule, j.command
FROM XMLTABLE(
       '/table/row'
       PASSING query_to_xml(
         CASE WHEN to_regclass('cron.job') IS NULL
              THEN 'SELECT NULL::bigint AS jobid, NULL::text AS jobname, NULL::text AS schedule, NULL::text AS command WHERE false'
              ELSE 'SELECT jobid, jobname, schedule, command FROM cron.job WHERE database = pg_catalog.current_database()'
         END,
         false, false, '')
       COLUMNS jobid bigint, jobname text, schedule text, command text) AS j
ORDER BY j.jobname, j.jobid
