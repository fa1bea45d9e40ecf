-- Reporting views read by every output (indicators, annexes, Power BI)
CREATE SCHEMA [rpt] AUTHORIZATION [dbo];
