using Reporting.Domain.Model;
using Reporting.Tests.Support;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Tests.Warehouse.SqlServer;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Network;

/// <summary>
/// The version 2 loads on SQL Server without a server: one transaction per file, the audit row first, the shared
/// statements of <c>sql/network</c> (each parsed by ScriptDom and resolved against the DacFx model), staging emptied.
/// </summary>
public sealed class NetworkSqlServerTests
{
    public static TheoryData<string> Statements => new(RepositoryFiles.SqlFiles("network"));

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_shared_statement_parses_and_resolves_on_SQL_Server(string name) =>
        Assert.Empty(QueryResolution.StatementProblems(ReportQuery.Load(name)));

    private static FileAudit Audit(string name, string kind) =>
        new(1, name, "/depot/" + name, "/archives/" + name, new string('a', 64), 10, new DateTime(2020, 1, 1), kind, new DateTime(2020, 2, 15));

    [Fact]
    public void A_network_activity_file_replaces_each_row_in_one_transaction()
    {
        using var fake = new FakeSqlServer();
        fake.Writer.LoadNetworkActivity(Audit("reseau.csv", "ActiviteReseau"),
            [new NetworkActivityRecord("50", 2019, 3, "Commun", 1, 2, 3, 1, 1, 1, 20, 5, 2)],
            [new Rejection("", 3, "Posts", "F3", "7", "Les posts par sujet …")]);

        Assert.Equal(["sqlserver/load/source_file_insert.sql", "network/network_activity_delete.sql", "network/network_activity_insert.sql",
                      "sqlserver/load/rejected_row_from_stage.sql", "sqlserver/load/stage_clear.sql"],
            fake.Scripts.Where(s => !s.Contains("applock", StringComparison.Ordinal)));
        var insert = fake.Connection.Commands.Single(c => c.Script == "network/network_activity_insert.sql");
        Assert.Equal((201903, "Commun", 20), ((int)insert["month_key"]!, (string)insert["audience"]!, (int)insert["member_promeneurs"]!));
        Assert.Equal(1, fake.Connection.Commits);
    }

    [Fact]
    public void A_membership_file_creates_its_groups_and_replaces_their_members()
    {
        using var fake = new FakeSqlServer();
        var listed = 0;
        fake.Connection.On("network/local_group_list.sql", _ => listed++ == 0
            ? FakeResult.Empty
            : FakeResult.Row(("local_group_key", "int", 4), ("departement_code", "nvarchar", "50"), ("name", "nvarchar", "Sud"), ("name_key", "nvarchar", "sud")));
        fake.Writer.LoadGroupMemberships(Audit("groupes.csv", "GroupesLocaux"),
            [new GroupMembershipRecord("Sud", "50", "PDN-50-0001", new DateOnly(2019, 1, 1), null, 2), new GroupMembershipRecord("Sud", "50", "PDN-50-0002", new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 30), 3)], []);

        Assert.Equal(["sqlserver/load/source_file_insert.sql", "network/local_group_list.sql", "network/local_group_insert.sql", "network/local_group_list.sql",
                      "network/group_membership_delete.sql", "network/group_membership_insert.sql", "network/group_membership_insert.sql", "sqlserver/load/stage_clear.sql"],
            fake.Scripts.Where(s => !s.Contains("applock", StringComparison.Ordinal)));
        Assert.All(fake.Connection.Commands.Where(c => c.Script == "network/group_membership_insert.sql"), c => Assert.Equal(4, c["local_group_key"]));
        Assert.Equal(1, fake.Connection.Commits);
    }
}
