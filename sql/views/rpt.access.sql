-- The access list of the Power BI dashboard (entrée « acces ») : the role Département lets each account see only the
-- départements listed for it (USERPRINCIPALNAME() in the model's role filters).
CREATE VIEW rpt.access AS
SELECT
    a.user_principal_name,
    a.departement_code
FROM dim.user_access AS a;
