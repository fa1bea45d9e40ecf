-- Durable ids of every known promeneur.
SELECT DISTINCT promeneur_id FROM dim.promeneur;
