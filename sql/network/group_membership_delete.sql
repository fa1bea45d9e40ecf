-- A membership file gives the whole membership of each group it names: the group's previous rows go. Both engines.
-- Parameters: @local_group_key INT.
DELETE FROM fact.group_membership WHERE local_group_key = @local_group_key;
