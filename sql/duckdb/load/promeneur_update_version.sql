-- Same-day correction of the tracked attributes of a version (no new history row for one day).
UPDATE dim.promeneur
SET structure_code = @structure_code,
    structure_key = COALESCE((SELECT structure_key FROM dim.structure WHERE code = @structure_code), 0),
    label = @label,
    job = @job,
    source_file_key = @source_file_key
WHERE promeneur_key = @promeneur_key;
