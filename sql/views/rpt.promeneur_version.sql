-- Every version of every promeneur with its structure and département (type 2 history).
-- Names are here for the département's own staff; national outputs never read them.
CREATE VIEW rpt.promeneur_version AS
SELECT
    p.promeneur_key,
    p.promeneur_id,
    p.last_name,
    p.first_name,
    p.structure_code,
    s.name AS structure_name,
    s.structure_type,
    p.departement_code,
    d.name AS departement_name,
    d.region,
    p.label,
    p.job,
    p.labelled_from,
    p.labelled_to,
    p.valid_from,
    p.valid_to,
    p.is_current
FROM dim.promeneur AS p
JOIN dim.structure AS s ON s.structure_key = p.structure_key
JOIN dim.departement AS d ON d.code = p.departement_code;
