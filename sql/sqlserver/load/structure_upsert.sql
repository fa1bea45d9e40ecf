-- Structures are type 1: a known code is overwritten, a new code is added; then promeneurs loaded before
-- their structure (pointing at the unknown member, key 0) are pointed at it.
-- Parameters: @load_key INT, @file_key INT.
UPDATE t
SET name = s.name,
    structure_type = s.structure_type,
    commune = s.commune,
    departement_code = s.departement_code,
    source_file_key = @file_key
FROM dim.structure AS t
JOIN stage.structure AS s ON s.code = t.code
WHERE s.load_key = @load_key;

INSERT INTO dim.structure (code, name, structure_type, commune, departement_code, source_file_key)
SELECT s.code, s.name, s.structure_type, s.commune, s.departement_code, @file_key
FROM stage.structure AS s
WHERE s.load_key = @load_key
  AND NOT EXISTS (SELECT 1 FROM dim.structure AS t WHERE t.code = s.code)
ORDER BY s.source_row;

UPDATE p
SET structure_key = s.structure_key
FROM dim.promeneur AS p
JOIN dim.structure AS s ON s.code = p.structure_code
WHERE p.structure_key <> s.structure_key;
