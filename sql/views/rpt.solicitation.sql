-- Solicitations with the canonical labels of their lists, by durable promeneur id.
CREATE VIEW rpt.solicitation AS
SELECT
    p.promeneur_id,
    p.departement_code,
    f.date_key,
    f.month_key,
    f.direction_key,
    dr.label AS direction,
    it.label AS interlocutor,
    cm.label AS contact_mode,
    th.label AS theme,
    ab.label AS age_band,
    f.new_participant,
    f.file_key,
    f.source_row
FROM fact.solicitation AS f
JOIN dim.promeneur AS p ON p.promeneur_key = f.promeneur_key
JOIN dim.direction AS dr ON dr.direction_key = f.direction_key
JOIN dim.interlocutor AS it ON it.interlocutor_key = f.interlocutor_key
JOIN dim.contact_mode AS cm ON cm.contact_mode_key = f.contact_mode_key
JOIN dim.theme AS th ON th.theme_key = f.theme_key
JOIN dim.age_band AS ab ON ab.age_band_key = f.age_band_key;
