-- Marks interrupted the runs that never finished: the program was stopped mid-way (killed, machine restarted, server
-- fail-over). Run by a load at its start, under the load lock (applock_acquire.sql), so no other run is in progress.
UPDATE etl.run
SET status = N'Interrompu'
WHERE status = N'En cours';
