-- The promeneurs « reporting purger » pseudonymises: labellisation ended before the cut-off date, names still stored.
-- Their identifier and every figure stay. Shared by both engines (the dry run reads it on a read-only warehouse).
-- Parameters: @cutoff DATE, @pseudonym NVARCHAR.
-- labelled_to is overwritten on every version (type 1): one row per promeneur.
SELECT DISTINCT promeneur_id, labelled_to
FROM dim.promeneur
WHERE labelled_to < @cutoff
  AND (last_name <> @pseudonym OR first_name <> '')
ORDER BY promeneur_id;
