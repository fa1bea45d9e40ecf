-- One row per promeneur: the version in force (is_current), with its structure and département. Names are for
-- the département's own staff (Power BI hides this view's table from role National).
CREATE VIEW rpt.promeneur AS
SELECT
    p.promeneur_id,
    p.last_name,
    p.first_name,
    s.name AS structure_name,
    p.departement_code,
    p.label,
    p.job,
    p.labelled_from,
    p.labelled_to
FROM dim.promeneur AS p
JOIN dim.structure AS s ON s.structure_key = p.structure_key
WHERE p.is_current = 1;
