-- The solicitation distributions of every scope of the indicator aggregate, per département and for the
-- whole country (NULL amounts when the national total itself is secret, as in the national JSON).
CREATE VIEW rpt.indicator_category AS
SELECT
    c.scope_key,
    c.territory,
    c.category_key,
    CASE WHEN c.territory = 'national' AND v.secret = 1 THEN NULL ELSE c.amount END AS amount,
    v.secret
FROM agg.indicator_category AS c
JOIN agg.indicator_value AS v ON v.scope_key = c.scope_key AND v.territory = c.territory;
