-- Every version of every promeneur, read once per run (tracking workbooks are checked and keyed against them).
SELECT promeneur_key, promeneur_id, last_name, first_name, structure_code, structure_key, departement_code, label, job,
       labelled_from, labelled_to, valid_from, valid_to, is_current
FROM dim.promeneur
ORDER BY promeneur_id, valid_from;
