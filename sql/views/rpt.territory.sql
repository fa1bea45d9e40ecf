-- Territories of the indicator aggregate: the 101 départements and the whole country ('national').
CREATE VIEW rpt.territory AS
SELECT d.code, d.name, d.region, 'Département' AS territory_level, d.departement_key AS sort_order
FROM dim.departement AS d
UNION ALL
SELECT 'national', 'France entière', '', 'France', CAST(0 AS SMALLINT);
