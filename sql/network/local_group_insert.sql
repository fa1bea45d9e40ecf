-- A new local group (its key comes from the sequence on DuckDB, the identity on SQL Server). Both engines.
-- Parameters: @departement_code NVARCHAR, @name NVARCHAR, @name_key NVARCHAR, @source_file_key INT.
INSERT INTO dim.local_group (departement_code, name, name_key, source_file_key)
VALUES (@departement_code, @name, @name_key, @source_file_key);
