-- Releases the load lock taken by applock_acquire.sql, if this connection still holds it.
-- Parameters: @lock_resource NVARCHAR.
IF APPLOCK_MODE(N'public', @lock_resource, N'Session') <> N'NoLock'
    EXEC sys.sp_releaseapplock @Resource = @lock_resource, @LockOwner = N'Session';
