DELETE FROM fact.monthly_activity WHERE file_key = @file_key;
