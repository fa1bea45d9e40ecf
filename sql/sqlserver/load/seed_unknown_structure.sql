-- The unknown member of the structure dimension (a promeneur whose structure is not in the list yet). Its key
-- is 0 on both engines: structure_key is an IDENTITY here, so the key is given explicitly.
SET IDENTITY_INSERT dim.structure ON;

INSERT INTO dim.structure (structure_key, code, name, structure_type, commune, departement_code, source_file_key)
VALUES (0, N'?', N'Structure inconnue', N'Autre', NULL, N'?', 0);

SET IDENTITY_INSERT dim.structure OFF;
