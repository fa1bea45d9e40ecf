-- Row counts of the built-in dimensions, to seed each one only once (as on DuckDB).
SELECT
    CAST((SELECT COUNT(*) FROM dim.departement) AS BIGINT) AS departements,
    CAST((SELECT COUNT(*) FROM dim.label) AS BIGINT) AS labels,
    CAST((SELECT COUNT(*) FROM dim.direction) AS BIGINT) AS directions,
    CAST((SELECT COUNT(*) FROM dim.calendar) AS BIGINT) AS days,
    CAST((SELECT COUNT(*) FROM dim.calendar_month) AS BIGINT) AS months,
    CAST((SELECT COUNT(*) FROM dim.structure WHERE structure_key = 0) AS BIGINT) AS unknown_structures,
    CAST((SELECT COUNT(*) FROM dim.attendance_status) AS BIGINT) AS attendance_statuses,
    CAST((SELECT COUNT(*) FROM dim.onboarding_step) AS BIGINT) AS onboarding_steps;
