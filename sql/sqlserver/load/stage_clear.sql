-- Empties the staging rows of one load (the last statement of every load transaction).
-- Parameters: @load_key INT.
DELETE FROM stage.structure WHERE load_key = @load_key;
DELETE FROM stage.promeneur WHERE load_key = @load_key;
DELETE FROM stage.event WHERE load_key = @load_key;
DELETE FROM stage.attendance WHERE load_key = @load_key;
DELETE FROM stage.monthly_activity WHERE load_key = @load_key;
DELETE FROM stage.solicitation WHERE load_key = @load_key;
DELETE FROM stage.question WHERE load_key = @load_key;
DELETE FROM stage.question_option WHERE load_key = @load_key;
DELETE FROM stage.response WHERE load_key = @load_key;
DELETE FROM stage.rejected_row WHERE load_key = @load_key;
