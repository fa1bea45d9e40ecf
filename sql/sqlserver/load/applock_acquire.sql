-- Takes the load lock of the warehouse for this connection (two nodes never load at once). The lock is
-- owned by the session: it holds across the run's transactions and is released by applock_release.sql
-- or when the connection closes. result: 0 or 1 = granted, -1 = timed out, -2/-3/-999 = refused.
-- Parameters: @lock_resource NVARCHAR, @lock_timeout_ms INT.
DECLARE @result INT;
EXEC @result = sys.sp_getapplock @Resource = @lock_resource, @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = @lock_timeout_ms;
SELECT @result AS result;
