-- Row counts of the seeded dimensions, to seed only once.
SELECT
    (SELECT COUNT(*) FROM dim.departement) AS departements,
    (SELECT COUNT(*) FROM dim.label) AS labels,
    (SELECT COUNT(*) FROM dim.direction) AS directions,
    (SELECT COUNT(*) FROM dim.calendar) AS days,
    (SELECT COUNT(*) FROM dim.calendar_month) AS months,
    (SELECT COUNT(*) FROM dim.structure WHERE structure_key = 0) AS unknown_structures,
    (SELECT COUNT(*) FROM dim.attendance_status) AS attendance_statuses,
    (SELECT COUNT(*) FROM dim.onboarding_step) AS onboarding_steps;
