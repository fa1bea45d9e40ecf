-- Structures are type 1: a new code is added, a known code is overwritten (rows staged in stage_structure).
INSERT INTO dim.structure (code, name, structure_type, commune, departement_code, source_file_key)
SELECT code, name, structure_type, commune, departement_code, @source_file_key
FROM stage_structure
ON CONFLICT (code) DO UPDATE SET
    name = excluded.name,
    structure_type = excluded.structure_type,
    commune = excluded.commune,
    departement_code = excluded.departement_code,
    source_file_key = excluded.source_file_key;
