-- The local groups (INPUTS.md §7) with their département.
CREATE VIEW rpt.local_group AS
SELECT
    g.local_group_key,
    g.name AS local_group,
    g.departement_code,
    d.name AS departement_name
FROM dim.local_group AS g
JOIN dim.departement AS d ON d.code = g.departement_code;
