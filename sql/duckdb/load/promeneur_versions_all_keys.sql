-- Validity of every promeneur version (to pick the version in effect on a date).
SELECT promeneur_key, promeneur_id, valid_from, valid_to FROM dim.promeneur;
