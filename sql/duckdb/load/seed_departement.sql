INSERT INTO dim.departement (departement_key, code, name, region) VALUES (@departement_key, @code, @name, @region);
