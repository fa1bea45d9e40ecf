using Dapper;
using Reporting.Domain.Contracts;
using Reporting.Tests.Support;
using Reporting.Tests.Warehouse.SqlServer;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.PowerBi;

/// <summary>The access list of the Power BI dashboard (entrée « acces » : Utilisateur;Département), the role Département's source.</summary>
public sealed class AccessListTests
{
    private static List<(string User, string Departement)> Access(TestWarehouse w)
    {
        using var session = w.Open();
        return session.Connection.Query<(string, string)>("SELECT user_principal_name, departement_code FROM rpt.access ORDER BY 1, 2").ToList();
    }

    [Fact]
    public void An_access_file_is_recognised_by_its_headers_and_loaded_accounts_in_lower_case()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Csv(w.InDepot("droits_power_bi.csv"),
        [
            "Utilisateur;Département",
            "Claire.Martin@caf50.fr;50",
            "claire.martin@caf50.fr;14",
            "direction@caf61.fr;61",
        ]);

        var report = w.Load();

        var file = Assert.Single(report.Files);
        Assert.Equal(InputKind.Acces, file.Kind);
        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Equal([("claire.martin@caf50.fr", "14"), ("claire.martin@caf50.fr", "50"), ("direction@caf61.fr", "61")], Access(w));
    }

    [Fact]
    public void A_new_access_file_replaces_the_whole_list()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Csv(w.InDepot("acces.csv"), ["Utilisateur;Département", "a@caf.fr;50", "b@caf.fr;14"], lastModifiedUtc: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        w.Load();
        ReferenceFiles.Csv(w.InDepot("acces.csv"), ["Utilisateur;Département", "b@caf.fr;61"], lastModifiedUtc: new DateTime(2020, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        w.Load();

        Assert.Equal([("b@caf.fr", "61")], Access(w));
    }

    [Fact]
    public void Bad_rows_are_rejected_in_French_and_the_others_loaded()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Csv(w.InDepot("acces.csv"),
        [
            "Utilisateur;Département",
            "a@caf.fr;50",
            "Claire Martin;50",
            "b@caf.fr;99",
            "A@CAF.FR;50",
            ";14",
        ]);

        var file = Assert.Single(w.Load().Files);

        Assert.Equal([("a@caf.fr", "50")], Access(w));
        Assert.Equal(
        [
            "ligne 3 Utilisateur : Utilisateur « Claire Martin » invalide : un nom de connexion Microsoft de la forme prenom.nom@caf.fr est attendu (sans espace).",
            "ligne 4 Département : Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).",
            "ligne 5 Utilisateur : a@caf.fr a déjà accès au département 50 ligne 2 : cette ligne n'est pas chargée.",
            "ligne 6 Utilisateur : Utilisateur manquant : le nom de connexion Microsoft (ex. prenom.nom@caf.fr) est attendu.",
        ], file.Rejections.Select(r => $"ligne {r.Row} {r.Column} : {r.Message}"));
    }

    [Fact]
    public void On_SQL_Server_the_list_is_replaced_in_the_file_transaction_with_the_shared_statements()
    {
        using var fake = new FakeSqlServer();
        var audit = new FileAudit(1, "acces.csv", "/depot/acces.csv", "/archives/acces.csv", new string('a', 64), 10, new DateTime(2020, 1, 1), "Acces", new DateTime(2020, 2, 15));

        fake.Writer.LoadAccess(audit, [new("a@caf.fr", "50", 2), new("b@caf.fr", "14", 3)], []);

        Assert.Equal(["sqlserver/load/source_file_insert.sql", "reference/access_delete.sql", "reference/access_insert.sql", "reference/access_insert.sql", "sqlserver/load/stage_clear.sql"],
            fake.Scripts.Where(s => !s.Contains("applock", StringComparison.Ordinal)));
        Assert.Equal(1, fake.Connection.Commits);
    }

    [Theory]
    [InlineData("reference/access_delete.sql")]
    [InlineData("reference/access_insert.sql")]
    public void The_access_statements_parse_and_resolve_on_SQL_Server(string name) =>
        Assert.Empty(QueryResolution.StatementProblems(ReportQuery.Load(name)));
}
