-- The local group of a regroupement as its list names it (NULL: none); run after the event upsert. Both engines.
-- Parameters: @code NVARCHAR, @local_group_key INT.
UPDATE dim.event SET local_group_key = @local_group_key WHERE code = @code;
