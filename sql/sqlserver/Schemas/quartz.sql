-- Job store of the scheduled service's Quartz.NET scheduler when it runs clustered on SQL Server (QRTZ_ tables)
CREATE SCHEMA [quartz] AUTHORIZATION [dbo];
