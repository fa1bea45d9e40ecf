using System.Text.RegularExpressions;
using Dapper;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>
/// <c>reporting base script</c> and <c>reporting base dacpac</c> build the SQL Server schema from the SQL the
/// program embeds. The script, read as sqlcmd reads it (<c>:</c> commands dropped, <c>$(variables)</c>
/// substituted), parses with ScriptDom without error and creates every table, column, view and constraint the
/// DuckDB warehouse has.
/// </summary>
public sealed partial class DeploymentTests : IClassFixture<DeploymentTests.Script>
{
    private readonly Script _script;

    public DeploymentTests(Script script) => _script = script;

    /// <summary>The deployment script written once by the command, for every test of the class.</summary>
    public sealed class Script : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Script()
        {
            var path = _folder.Combine("deploiement.sql");
            var (exitCode, cli) = CliHarness.Execute("base", "script", "--sortie", path);
            Assert.True(exitCode == 0, cli.ToString());
            Console = cli.Console;
            Text = File.ReadAllText(path);
            Batches = AsSqlcmd(Text);
            Parsed = TSql.Parse(Batches, out var errors);
            Errors = errors;
        }

        public string Console { get; }

        public string Text { get; }

        public string Batches { get; }

        public TSqlScript Parsed { get; }

        public IList<ParseError> Errors { get; }

        public void Dispose() => _folder.Dispose();
    }

    /// <summary>What sqlcmd does before sending batches: `:setvar` values replace $(name), `:` commands are dropped.</summary>
    public static string AsSqlcmd(string script)
    {
        var variables = SetVar().Matches(script).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.OrdinalIgnoreCase);
        var lines = script.Split('\n').Where(l => !l.TrimStart().StartsWith(':'));
        return Variable().Replace(string.Join('\n', lines), m => variables.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new InvalidOperationException($"$({m.Groups[1].Value}) is not set"));
    }

    [Fact]
    public void The_command_writes_a_SQLCMD_script_for_the_database()
    {
        Assert.Contains(":setvar DatabaseName \"Reporting\"", _script.Text);
        Assert.Contains(":on error exit", _script.Text);
        Assert.Contains($"Script de déploiement de la base « Reporting » (schéma version {SchemaVersion.Current}) écrit", _script.Console);
        Assert.DoesNotContain("$(", _script.Batches);
    }

    [Fact]
    public void The_script_parses_with_ScriptDom_without_any_error()
    {
        Assert.True(_script.Errors.Count == 0, string.Join('\n', _script.Errors.Select(e => $"({e.Line},{e.Column}) {e.Message}")));
        Assert.Contains(Statements<UseStatement>(), u => u.DatabaseName.Value == "Reporting");
        Assert.Empty(Statements<DropDatabaseStatement>()); // never drops the database it is run against
    }

    [Fact]
    public void The_script_creates_every_table_and_column_of_the_DuckDB_warehouse_with_its_nullability()
    {
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();
        var duckDb = SchemaParity.DuckDbTableColumns(session.Connection, "dim", "fact", "etl", "agg");
        var tables = Statements<CreateTableStatement>().Where(t => !t.SchemaObjectName.BaseIdentifier.Value.StartsWith('#'))
            .ToDictionary(t => Name(t.SchemaObjectName), StringComparer.OrdinalIgnoreCase);

        var missing = new List<string>();
        foreach (var column in duckDb)
        {
            if (!tables.TryGetValue(column.Table, out var table)) { missing.Add($"table {column.Table}"); continue; }
            var definition = table.Definition.ColumnDefinitions.FirstOrDefault(c => string.Equals(c.ColumnIdentifier.Value, column.Column, StringComparison.OrdinalIgnoreCase));
            if (definition is null) { missing.Add($"column {column.Table}.{column.Column}"); continue; }
            var notNull = definition.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable);
            if (notNull == column.Nullable) missing.Add($"{column.Table}.{column.Column}: {(column.Nullable ? "NULL" : "NOT NULL")} in DuckDB");
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing.Distinct()));
        Assert.Equal(duckDb.Select(c => c.Table).Distinct().Count(), tables.Keys.Count(k => !k.StartsWith("stage.", StringComparison.Ordinal) && !k.StartsWith("quartz.", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_script_creates_every_reporting_view()
    {
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();
        var duckDbViews = SchemaParity.DuckDbViewColumns(session.Connection, "rpt").Keys;

        var views = Statements<CreateViewStatement>().Select(v => Name(v.SchemaObjectName)).ToList();

        Assert.Equal(duckDbViews.Order(StringComparer.Ordinal), views.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_script_creates_every_primary_key_and_unique_constraint_of_the_DuckDB_warehouse()
    {
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();
        var duckDb = session.Connection.Query<(string Schema, string Table, string Type, string Columns)>(
                "SELECT schema_name, table_name, constraint_type, array_to_string(constraint_column_names, ',') FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')")
            .Select(c => $"{c.Schema}.{c.Table} {c.Type} ({c.Columns})")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inScript = Constraints().ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(duckDb.Count > 20, $"{duckDb.Count} constraints in DuckDB");
        var missing = duckDb.Except(inScript, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Missing from the deployment script:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_script_creates_the_foreign_keys_of_the_model_and_checks_them()
    {
        var foreignKeys = Statements<AlterTableAddTableElementStatement>()
            .SelectMany(a => a.Definition.TableConstraints.OfType<ForeignKeyConstraintDefinition>().Select(f => f.ConstraintIdentifier.Value))
            .Concat(Statements<CreateTableStatement>().SelectMany(t => t.Definition.TableConstraints.OfType<ForeignKeyConstraintDefinition>().Select(f => f.ConstraintIdentifier.Value)))
            .ToList();
        var ddl = SqlServerModel.DefinitionFiles().Select(RepositoryFiles.ReadSql).ToList();
        var declared = ddl.SelectMany(t => ForeignKeyName().Matches(t).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared.Order(StringComparer.Ordinal), foreignKeys.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_script_creates_the_scheduler_tables_and_never_drops_a_table()
    {
        // The clustered service's Quartz tables (schema quartz) come with the warehouse; an upgrade never drops anything.
        Assert.Equal(15, Statements<CreateTableStatement>().Count(t => Name(t.SchemaObjectName).StartsWith("quartz.QRTZ_", StringComparison.Ordinal)));
        Assert.Contains(Statements<CreateSchemaStatement>(), s => s.Name.Value == "quartz");
        Assert.DoesNotContain(Statements<DropTableStatement>().SelectMany(d => d.Objects), o => !o.BaseIdentifier.Value.StartsWith('#')); // DacFx's own #tmpErrors aside
        Assert.Empty(Statements<DropSchemaStatement>());
        Assert.False(Reporting.Warehouse.Deployment.SqlServerPackage.DeployOptions(blockOnPossibleDataLoss: true).DropObjectsNotInSource);
    }

    [Fact]
    public void The_dacpac_carries_the_schema_version_and_every_object()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("Reporting.dacpac");

        var (exitCode, cli) = CliHarness.Execute("base", "dacpac", "--sortie", path);

        Assert.True(exitCode == 0, cli.ToString());
        Assert.Contains($"Paquet du schéma SQL Server (version {SchemaVersion.Current}) écrit", cli.Console);
        using var package = DacPackage.Load(path);
        Assert.Equal("Reporting", package.Name);
        Assert.Equal(new Version(SchemaVersion.Current, 0, 0), package.Version);
        using var model = new Microsoft.SqlServer.Dac.Model.TSqlModel(path);
        using var expected = new SqlServerModel();
        string[] Names(Microsoft.SqlServer.Dac.Model.TSqlModel m) => m.GetObjects(Microsoft.SqlServer.Dac.Model.DacQueryScopes.UserDefined,
                Microsoft.SqlServer.Dac.Model.ModelSchema.Table, Microsoft.SqlServer.Dac.Model.ModelSchema.View, Microsoft.SqlServer.Dac.Model.ModelSchema.Index)
            .Select(o => o.Name.ToString()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Names(expected.Model), Names(model));
    }

    [Fact]
    public void The_package_is_built_from_the_same_files_the_tests_model()
    {
        Assert.Equal(SqlServerModel.DefinitionFiles(), Reporting.Warehouse.Deployment.SqlServerPackage.DefinitionScripts());
    }

    [Fact]
    public void The_schema_version_is_the_number_of_the_last_DuckDB_migration()
    {
        var last = RepositoryFiles.SqlFiles("duckdb/schema").Select(f => int.Parse(Path.GetFileName(f)[..3], System.Globalization.CultureInfo.InvariantCulture)).Max();

        Assert.Equal(SchemaVersion.Current, last);
        Assert.Equal(SchemaVersion.Current, SchemaManager.ExpectedVersion);
    }

    private IEnumerable<T> Statements<T>() where T : TSqlStatement =>
        _script.Parsed.Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<T>();

    /// <summary>Statements, and those inside IF … BEGIN … END blocks.</summary>
    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement i => new[] { i.ThenStatement, i.ElseStatement }.Where(s => s is not null).SelectMany(s => Flatten(s!)),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };

    /// <summary>"dim.label PRIMARY KEY (label_key)", "dim.label UNIQUE (label)", from CREATE TABLE and ALTER TABLE ADD.</summary>
    private IEnumerable<string> Constraints()
    {
        var inTables = Statements<CreateTableStatement>().SelectMany(t => t.Definition.TableConstraints.Select(c => (Table: Name(t.SchemaObjectName), Constraint: c)));
        var added = Statements<AlterTableAddTableElementStatement>().SelectMany(a => a.Definition.TableConstraints.Select(c => (Table: Name(a.SchemaObjectName), Constraint: c)));
        foreach (var (table, constraint) in inTables.Concat(added))
        {
            if (constraint is UniqueConstraintDefinition u)
                yield return $"{table} {(u.IsPrimaryKey ? "PRIMARY KEY" : "UNIQUE")} ({string.Join(',', u.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value))})";
        }
    }

    private static string Name(SchemaObjectName name) => $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}";

    [GeneratedRegex(@"^:setvar\s+(?<name>\w+)\s+""(?<value>[^""]*)""", RegexOptions.Multiline)]
    private static partial Regex SetVar();

    [GeneratedRegex(@"\$\((\w+)\)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"CONSTRAINT \[(FK_\w+)\] FOREIGN KEY")]
    private static partial Regex ForeignKeyName();
}
