-- Marks interrupted the runs that never finished: the program was stopped mid-way (killed, machine restarted, disk
-- full). Run by a load at its start: it holds the warehouse file, so no other run is really in progress.
UPDATE etl.run
SET status = 'Interrompu'
WHERE status = 'En cours';
