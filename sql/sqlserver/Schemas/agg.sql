-- The indicator aggregate read by Power BI, rebuilt by the program (reporting powerbi preparer, end of charger)
CREATE SCHEMA [agg] AUTHORIZATION [dbo];
