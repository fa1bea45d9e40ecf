-- Number of promeneurs known to the warehouse (an empty warehouse cannot answer indicator questions).
SELECT CAST(COUNT(*) AS BIGINT) AS promeneur_count FROM dim.promeneur WHERE is_current = 1;
