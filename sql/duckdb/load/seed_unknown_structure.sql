-- The unknown member of the structure dimension (a promeneur whose structure is not in the list yet).
INSERT INTO dim.structure (structure_key, code, name, structure_type, commune, departement_code, source_file_key)
VALUES (0, '?', 'Structure inconnue', 'Autre', NULL, '?', 0);
