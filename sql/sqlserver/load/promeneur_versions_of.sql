-- The versions of one promeneur.
-- Parameters: @promeneur_id NVARCHAR.
SELECT promeneur_key, promeneur_id, last_name, first_name, structure_code, structure_key, departement_code, label, job,
       labelled_from, labelled_to, valid_from, valid_to, is_current
FROM dim.promeneur
WHERE promeneur_id = @promeneur_id
ORDER BY valid_from;
