-- One of the built-in départements (Reporting.Domain.Territory.Departements).
-- Parameters: @departement_key SMALLINT, @code NVARCHAR, @name NVARCHAR, @region NVARCHAR.
INSERT INTO dim.departement (departement_key, code, name, region) VALUES (@departement_key, @code, @name, @region);
