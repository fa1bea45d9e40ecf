-- The scopes of the indicator aggregate (Power BI: the period, label and population slicers).
CREATE VIEW rpt.indicator_scope AS
SELECT
    s.scope_key,
    s.period_kind,
    s.period_kind_name,
    s.period_code,
    s.period_name,
    s.first_month_key,
    s.last_month_key,
    s.calendar_year,
    s.month_number,
    s.label,
    s.label_name,
    s.population,
    s.population_name,
    s.previous_scope_key,
    s.seuil,
    s.computed_at
FROM agg.indicator_scope AS s;
