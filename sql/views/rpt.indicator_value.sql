-- The additive amounts of every scope of the indicator aggregate, per département (unsuppressed: for the
-- département's own staff, Power BI role Département) and for the whole country (territory 'national', role
-- National: like the national JSON, a total of fewer promeneurs than the threshold keeps only its promeneurs).
-- Indicators derive from these amounts as in IndicatorCatalog.
CREATE VIEW rpt.indicator_value AS
SELECT
    v.scope_key,
    v.territory,
    v.promeneurs,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.expected_months END AS expected_months,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.submitted_months END AS submitted_months,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.online_hours END AS online_hours,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.offline_hours END AS offline_hours,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.permanences END AS permanences,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.publications END AS publications,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.public_friends END AS public_friends,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.professional_friends END AS professional_friends,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.received_solicitations END AS received_solicitations,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.initiated_solicitations END AS initiated_solicitations,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.new_participants END AS new_participants,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.events END AS events,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.event_hours END AS event_hours,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.attendance_rows END AS attendance_rows,
    CASE WHEN v.territory = 'national' AND v.secret = 1 THEN NULL ELSE v.present_rows END AS present_rows,
    v.secret
FROM agg.indicator_value AS v;
