INSERT INTO dim.promeneur (promeneur_id, last_name, first_name, structure_code, structure_key, departement_code, label, job,
                           labelled_from, labelled_to, valid_from, valid_to, is_current, source_file_key)
VALUES (@promeneur_id, @last_name, @first_name, @structure_code,
        COALESCE((SELECT structure_key FROM dim.structure WHERE code = @structure_code), 0),
        @departement_code, @label, @job, @labelled_from, @labelled_to, @valid_from, @valid_to, @is_current, @source_file_key);
