-- Where a loaded file is kept, once the run knows: its archive copy, or its place in the depot when the move to the
-- archives failed after the commit (the next run recognises it by its content and finishes the move).
UPDATE etl.source_file
SET stored_path = @stored_path
WHERE file_key = @file_key;
