-- Promeneurs: type 2 on label, job and structure, type 1 on names, département and labellisation dates
-- (the rules of the DuckDB writer, set-based). Comparisons are binary: a change of case is a change.
--   1. a tracked change on a version opened on the load day (as_of) or later corrects that version (no one-day
--      history row);
--   2. a tracked change on an older current version closes it on the load day (half-open validity);
--   3. every staged promeneur without a current version gets one: from the load day when it had versions
--      (the ones closed by 2), from open_start when it is new;
--   4. type 1 attributes are copied onto every version of the promeneur.
-- Parameters: @load_key INT, @file_key INT, @as_of DATE, @open_start DATE, @open_end DATE.
UPDATE p
SET structure_code = s.structure_code,
    structure_key = COALESCE(st.structure_key, 0),
    label = s.label,
    job = s.job,
    source_file_key = @file_key
FROM dim.promeneur AS p
JOIN stage.promeneur AS s ON s.promeneur_id = p.promeneur_id AND s.load_key = @load_key
LEFT JOIN dim.structure AS st ON st.code = s.structure_code
WHERE p.is_current = 1
  AND p.valid_from >= @as_of
  AND (p.label COLLATE Latin1_General_BIN2 <> s.label
       OR p.structure_code COLLATE Latin1_General_BIN2 <> s.structure_code
       OR p.job COLLATE Latin1_General_BIN2 <> s.job
       OR (p.job IS NULL AND s.job IS NOT NULL)
       OR (p.job IS NOT NULL AND s.job IS NULL));

UPDATE p
SET valid_to = @as_of,
    is_current = 0
FROM dim.promeneur AS p
JOIN stage.promeneur AS s ON s.promeneur_id = p.promeneur_id AND s.load_key = @load_key
WHERE p.is_current = 1
  AND p.valid_from < @as_of
  AND (p.label COLLATE Latin1_General_BIN2 <> s.label
       OR p.structure_code COLLATE Latin1_General_BIN2 <> s.structure_code
       OR p.job COLLATE Latin1_General_BIN2 <> s.job
       OR (p.job IS NULL AND s.job IS NOT NULL)
       OR (p.job IS NOT NULL AND s.job IS NULL));

INSERT INTO dim.promeneur (promeneur_id, last_name, first_name, structure_code, structure_key, departement_code, label, job,
                           labelled_from, labelled_to, valid_from, valid_to, is_current, source_file_key)
SELECT s.promeneur_id, s.last_name, s.first_name, s.structure_code, COALESCE(st.structure_key, 0), s.departement_code,
       s.label, s.job, s.labelled_from, s.labelled_to,
       CASE WHEN EXISTS (SELECT 1 FROM dim.promeneur AS o WHERE o.promeneur_id = s.promeneur_id) THEN @as_of ELSE @open_start END,
       @open_end, 1, @file_key
FROM stage.promeneur AS s
LEFT JOIN dim.structure AS st ON st.code = s.structure_code
WHERE s.load_key = @load_key
  AND NOT EXISTS (SELECT 1 FROM dim.promeneur AS c WHERE c.promeneur_id = s.promeneur_id AND c.is_current = 1)
ORDER BY s.source_row;

UPDATE p
SET last_name = s.last_name,
    first_name = s.first_name,
    departement_code = s.departement_code,
    labelled_from = s.labelled_from,
    labelled_to = s.labelled_to
FROM dim.promeneur AS p
JOIN stage.promeneur AS s ON s.promeneur_id = p.promeneur_id AND s.load_key = @load_key
WHERE p.last_name COLLATE Latin1_General_BIN2 <> s.last_name
   OR p.first_name COLLATE Latin1_General_BIN2 <> s.first_name
   OR p.departement_code COLLATE Latin1_General_BIN2 <> s.departement_code
   OR p.labelled_from <> s.labelled_from
   OR p.labelled_to <> s.labelled_to
   OR (p.labelled_to IS NULL AND s.labelled_to IS NOT NULL)
   OR (p.labelled_to IS NOT NULL AND s.labelled_to IS NULL);
