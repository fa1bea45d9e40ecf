DELETE FROM fact.solicitation WHERE file_key = @file_key;
