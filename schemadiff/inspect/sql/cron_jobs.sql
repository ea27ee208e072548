-- pg_cron jobs scheduled from this database: its own (database NULL) and those it runs
-- in other databases (cron.schedule_in_database), which scope.py leaves alone unless a
-- spec's jobs name that database. cron.job exists only where pg_cron is installed, and a
-- query naming a missing table fails to parse, so the job query runs through query_to_xml
-- and is replaced by an empty one when there is no cron.job: one query either way.
SELECT j.jobid, j.jobname AS name, j.schedule, j.command, j.database
FROM XMLTABLE(
       '/table/row'
       PASSING query_to_xml(
         CASE WHEN to_regclass('cron.job') IS NULL
              THEN 'SELECT NULL::bigint AS jobid, NULL::text AS jobname, NULL::text AS schedule, NULL::text AS command,'
                   ' NULL::text AS database WHERE false'
              ELSE 'SELECT jobid, jobname, schedule, command,'
                   ' nullif(database, pg_catalog.current_database()) AS database FROM cron.job'
         END,
         false, false, '')
       COLUMNS jobid bigint, jobname text, schedule text, command text, database text) AS j
ORDER BY j.database NULLS FIRST, j.jobname, j.jobid
