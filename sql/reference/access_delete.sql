-- The access list of the Power BI dashboard is replaced whole by each « acces » file (etl/REGLES.md): first emptied,
-- in the file's transaction. Both engines.
DELETE FROM dim.user_access;
