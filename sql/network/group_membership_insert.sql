-- One membership of a local group (INPUTS.md §7). Both engines.
-- Parameters: @local_group_key INT, @promeneur_id NVARCHAR, @valid_from DATE, @valid_to DATE, @file_key INT, @source_row INT.
INSERT INTO fact.group_membership (local_group_key, promeneur_id, valid_from, valid_to, file_key, source_row)
VALUES (@local_group_key, @promeneur_id, @valid_from, @valid_to, @file_key, @source_row);
