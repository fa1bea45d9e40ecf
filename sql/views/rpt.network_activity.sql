-- The activity of the network's private group (INPUTS.md §5) by département, public (Jeunesse, Parentalité, Commun) and month.
CREATE VIEW rpt.network_activity AS
SELECT
    n.departement_code,
    d.name AS departement_name,
    n.month_key,
    m.calendar_year,
    m.month_number,
    m.first_date_key AS month_date_key,
    n.audience,
    n.documents,
    n.photos,
    n.posts,
    n.posts_organisation,
    n.posts_network_life,
    n.posts_resources,
    n.member_promeneurs,
    n.member_others,
    n.file_key,
    n.source_row
FROM fact.network_activity AS n
JOIN dim.calendar_month AS m ON m.month_key = n.month_key
JOIN dim.departement AS d ON d.code = n.departement_code;
