-- The first account (alphabetical) of the access list that may see a département: the account whose rights
-- « reporting powerbi rapprocher » takes by default for its DAX queries (row-level security).
--
-- Parameters
--   @departement NVARCHAR INSEE code
SELECT CAST(MIN(a.user_principal_name) AS VARCHAR(256)) AS user_principal_name
FROM rpt.access AS a
WHERE a.departement_code = @departement;
