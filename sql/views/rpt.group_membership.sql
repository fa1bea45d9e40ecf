-- Memberships of local groups (INPUTS.md §7): valid_to NULL while the promeneur is still a member.
CREATE VIEW rpt.group_membership AS
SELECT
    m.local_group_key,
    g.departement_code,
    m.promeneur_id,
    m.valid_from,
    m.valid_to,
    m.file_key,
    m.source_row
FROM fact.group_membership AS m
JOIN dim.local_group AS g ON g.local_group_key = m.local_group_key;
