-- The last ingestion runs recorded in the warehouse (etl.run), newest first: what « reporting etat » shows
-- beside the state of the scheduled service, whoever ran them (the service of any node, or « charger »).
--
-- Parameters
--   @count  INT  how many runs
SELECT r.run_key, r.started_at, r.finished_at, r.files_seen, r.files_loaded, r.files_skipped,
       r.files_quarantined, r.rows_loaded, r.rows_rejected, r.status
FROM etl.run AS r
WHERE r.run_key > (SELECT COALESCE(MAX(x.run_key), 0) - @count FROM etl.run AS x)
ORDER BY r.run_key DESC;
