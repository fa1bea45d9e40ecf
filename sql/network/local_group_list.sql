-- The local groups already loaded. Both engines.
-- Parameters: none.
SELECT g.local_group_key AS local_group_key, g.departement_code AS departement_code, g.name AS name, g.name_key AS name_key
FROM dim.local_group AS g;
