-- The months a loaded tracking workbook submitted (one row each in fact.monthly_activity), as month keys yyyymm.
SELECT DISTINCT month_key
FROM fact.monthly_activity
WHERE file_key = @file_key
ORDER BY month_key;
