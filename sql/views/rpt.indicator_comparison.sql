-- The national comparison exactly as « reporting indicateurs --national » gives it: the national total and
-- one row per département with promeneurs in the scope; a secret département keeps only its promeneurs,
-- every other amount is NULL (small-number secrecy, decided once by the program, never in Power BI).
CREATE VIEW rpt.indicator_comparison AS
SELECT
    v.scope_key,
    v.territory,
    v.promeneurs,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.expected_months END AS expected_months,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.submitted_months END AS submitted_months,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.online_hours END AS online_hours,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.offline_hours END AS offline_hours,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.permanences END AS permanences,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.publications END AS publications,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.public_friends END AS public_friends,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.professional_friends END AS professional_friends,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.received_solicitations END AS received_solicitations,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.initiated_solicitations END AS initiated_solicitations,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.new_participants END AS new_participants,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.events END AS events,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.event_hours END AS event_hours,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.attendance_rows END AS attendance_rows,
    CASE WHEN v.secret = 1 THEN NULL ELSE v.present_rows END AS present_rows,
    v.secret
FROM agg.indicator_value AS v
WHERE v.territory = 'national' OR v.in_comparison = 1;
