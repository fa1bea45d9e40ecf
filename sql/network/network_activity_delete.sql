-- A row of the network group's activity replaces the one already loaded for its département, audience and month. Both engines.
-- Parameters: @departement_code NVARCHAR, @month_key INT, @audience NVARCHAR.
DELETE FROM fact.network_activity
WHERE departement_code = @departement_code AND month_key = @month_key AND audience = @audience;
