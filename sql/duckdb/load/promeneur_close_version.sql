-- Ends the current version of a promeneur the day a tracked attribute changes (type 2).
UPDATE dim.promeneur SET valid_to = @valid_to, is_current = 0 WHERE promeneur_key = @promeneur_key;
