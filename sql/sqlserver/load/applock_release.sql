-- Releases the load lock taken by applock_acquire.sql, if this connection still holds it.
-- Parameters: @resource NVARCHAR.
IF APPLOCK_MODE(N'public', @resource, N'Session') <> N'NoLock'
    EXEC sys.sp_releaseapplock @Resource = @resource, @LockOwner = N'Session';
