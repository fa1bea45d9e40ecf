-- Number of promeneurs known to the warehouse (an empty warehouse cannot answer indicator questions).
SELECT CAST(COUNT(*) AS BIGINT) FROM dim.promeneur WHERE is_current = 1;
