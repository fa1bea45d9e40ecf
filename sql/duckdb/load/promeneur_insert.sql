-- New versions of promeneurs (staged in stage_promeneur), current from valid_from; the structure
-- key is looked up, or the unknown member (0) until the structure is loaded.
INSERT INTO dim.promeneur (promeneur_id, last_name, first_name, structure_code, structure_key, departement_code, label, job,
                           labelled_from, labelled_to, valid_from, valid_to, is_current, source_file_key)
SELECT n.promeneur_id, n.last_name, n.first_name, n.structure_code, COALESCE(s.structure_key, 0), n.departement_code,
       n.label, n.job, n.labelled_from, n.labelled_to, n.valid_from, @valid_to, 1, @source_file_key
FROM stage_promeneur AS n
LEFT JOIN dim.structure AS s ON s.code = n.structure_code;
