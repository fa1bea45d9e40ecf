-- One row of the access list: a user principal name (lower case) and a département it may see. Both engines.
-- Parameters: @user_principal_name NVARCHAR, @departement_code NVARCHAR, @source_file_key INT.
INSERT INTO dim.user_access (user_principal_name, departement_code, source_file_key)
VALUES (@user_principal_name, @departement_code, @source_file_key);
