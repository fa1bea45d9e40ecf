using System.Text.RegularExpressions;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>
/// Every statement the SQL Server writer, the seed and the load lock send (<c>sql/sqlserver/load</c>) parses
/// with ScriptDom (TSql160Parser) and resolves against the DacFx model of the warehouse, as the body of a
/// procedure with the parameters its header documents: a wrong table, column or parameter fails here.
/// </summary>
public sealed partial class SqlServerStatementTests
{
    public static TheoryData<string> Statements => new(RepositoryFiles.SqlFiles(SqlServerModel.LoadFolder));

    [Fact]
    public void The_statements_checked_are_the_ones_the_application_embeds()
    {
        var onDisk = RepositoryFiles.SqlFiles(SqlServerModel.LoadFolder);

        Assert.True(onDisk.Count >= 40, $"{onDisk.Count} statements");
        Assert.Equal(onDisk, SqlScripts.Under(SqlServerModel.LoadFolder));
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_statement_parses_as_T_SQL_160(string name)
    {
        TSql.Parse(RepositoryFiles.ReadSql(name), out var errors);

        Assert.True(errors.Count == 0, $"{name}: " + string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}")));
    }

    /// <summary>
    /// The load lock calls system procedures of <c>master</c> (<c>sys.sp_getapplock</c>, <c>sys.sp_releaseapplock</c>);
    /// a DacFx model without a reference to master.dacpac (not shipped with the DacFx package, and a
    /// <see cref="Microsoft.SqlServer.Dac.Model.TSqlModel"/> cannot take one) reports them, and only them, as
    /// unresolved (a warning, SQL71502). Any other message fails.
    /// </summary>
    private static readonly string[] SystemProcedures = ["[sys].[sp_getapplock]", "[sys].[sp_releaseapplock]"];

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_statement_resolves_against_the_SQL_Server_model(string name)
    {
        var problems = QueryResolution.StatementProblems(ReportQuery.Load(name))
            .Where(p => !(p.Code == "SQL71502" && p.Severity == "Warning" && SystemProcedures.Any(sp => p.Message.Contains("unresolved reference to object " + sp, StringComparison.Ordinal))))
            .ToList();

        Assert.True(problems.Count == 0, $"DacFx reports {problems.Count} problem(s) in {name}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Only_the_system_procedures_of_the_load_lock_are_unresolved_and_DacFx_says_so()
    {
        var problems = QueryResolution.StatementProblems(ReportQuery.Load("sqlserver/load/applock_acquire.sql"));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains("[sys].[sp_getapplock]", p.Message));
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_statement_reads_exactly_the_parameters_its_header_documents(string name)
    {
        var statement = ReportQuery.Load(name);
        var script = TSql.Parse(statement.Text, out _);
        var local = new LocalNames();
        script.Accept(local);

        Assert.Equal(
            statement.DocumentedParameters.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase),
            statement.UsedParameters.Except(local.Names, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    // A column of a staging table, in a CROSS APPLY.
    [InlineData("sqlserver/load/monthly_activity_insert.sql", "s.version_date < p.valid_to", "s.version_day < p.valid_to", "version_day")]
    // A column of a dimension, in an UPDATE … FROM.
    [InlineData("sqlserver/load/promeneur_upsert.sql", "labelled_from = s.labelled_from,", "labelled_from = s.labelled_since,", "labelled_since")]
    // A column in an INSERT list.
    [InlineData("sqlserver/load/source_file_insert.sql", "rows_rejected, message, processed_at)", "rows_rejected, message_text, processed_at)", "message_text")]
    // A missing staging table.
    [InlineData("sqlserver/load/structure_upsert.sql", "JOIN stage.structure AS s", "JOIN stage.structures AS s", "structures")]
    public void A_wrong_name_in_a_statement_is_reported(string name, string original, string wrong, string reported)
    {
        var text = RepositoryFiles.ReadSql(name);
        Assert.Contains(original, text, StringComparison.Ordinal);

        var problems = QueryResolution.StatementProblems(ReportQuery.FromText(name, text.Replace(original, wrong, StringComparison.Ordinal)));

        Assert.Contains(problems, p => p.Source == name && p.Message.Contains(reported, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_statement_file_is_named_by_the_code_and_every_name_the_code_gives_is_a_file()
    {
        // The SQL Server side names its statements Load + "x.sql" (Load = "sqlserver/load/").
        var code = string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src", "Reporting.Warehouse"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var files = RepositoryFiles.SqlFiles(SqlServerModel.LoadFolder).Select(f => Path.GetFileName(f)!).ToHashSet(StringComparer.Ordinal);
        var named = StatementName().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // Seeds of the closed lists are named $"{Load}seed_{table}.sql" after BuiltInDimensions.ListTables.
        Assert.Contains("$\"{Load}seed_{table}.sql\"", code);
        named.UnionWith(Reporting.Warehouse.Schema.BuiltInDimensions.ListTables.Select(t => $"seed_{t.Table}.sql"));

        Assert.Empty(files.Except(named).Order(StringComparer.Ordinal));
        Assert.Empty(named.Except(files).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_unknown_structure_keeps_key_0_although_structure_key_is_an_identity()
    {
        var ddl = RepositoryFiles.ReadSql("sqlserver/Tables/dim.structure.sql");
        var seed = RepositoryFiles.ReadSql("sqlserver/load/seed_unknown_structure.sql");

        Assert.Contains("[structure_key]    INT           IDENTITY (1, 1) NOT NULL", ddl);
        Assert.Matches(@"SET IDENTITY_INSERT dim\.structure ON;[\s\S]*VALUES \(0,[\s\S]*SET IDENTITY_INSERT dim\.structure OFF;", seed);
    }

    /// <summary>Names that are no parameters of the statement: its own variables, and the parameter names of a procedure it calls.</summary>
    private sealed class LocalNames : Microsoft.SqlServer.TransactSql.ScriptDom.TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(Microsoft.SqlServer.TransactSql.ScriptDom.DeclareVariableElement node) => Names.Add(node.VariableName.Value);

        public override void Visit(Microsoft.SqlServer.TransactSql.ScriptDom.ExecuteParameter node)
        {
            if (node.Variable is not null) Names.Add(node.Variable.Name);
        }
    }

    [GeneratedRegex(@"Load \+ ""([a-z0-9_]+\.sql)""")]
    private static partial Regex StatementName();
}
