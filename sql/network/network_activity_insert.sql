-- One row of the network group's activity (INPUTS.md §5). Both engines.
-- Parameters: @departement_code NVARCHAR, @month_key INT, @audience NVARCHAR, @documents INT, @photos INT, @posts INT,
-- @posts_organisation INT, @posts_network_life INT, @posts_resources INT, @member_promeneurs INT, @member_others INT,
-- @file_key INT, @source_row INT.
INSERT INTO fact.network_activity (departement_code, month_key, audience, documents, photos, posts, posts_organisation,
    posts_network_life, posts_resources, member_promeneurs, member_others, file_key, source_row)
VALUES (@departement_code, @month_key, @audience, @documents, @photos, @posts, @posts_organisation,
    @posts_network_life, @posts_resources, @member_promeneurs, @member_others, @file_key, @source_row);
