using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reporting.Service;
using Reporting.Tests.Support;

namespace Reporting.Tests.Service;

/// <summary>
/// The clustered scheduler's tables (<c>sql/sqlserver/Tables/quartz.QRTZ_*.sql</c>) are part of the warehouse's DacFx
/// model, so <c>base deployer</c> and <c>base script</c> create them. No SQL Server here, so the proof is against Quartz
/// itself: the tables are exactly those of the schema Quartz 4.7.3 ships in its assembly (columns, types, nullability,
/// keys, indexes) and every statement its job store sends resolves against the model. Quartz is configured to only
/// validate its schema at start-up (it never creates it).
/// </summary>
public sealed partial class QuartzSchemaTests
{
    private static readonly Assembly Quartz = typeof(global::Quartz.IJob).Assembly;

    [Fact]
    public void The_service_uses_the_table_prefix_the_files_define()
    {
        Assert.Equal("quartz.QRTZ_", ServiceHost.TablePrefix);
        Assert.Contains("sqlserver/Schemas/quartz.sql", SqlServerModel.DefinitionFiles());
        Assert.Equal(15, SqlServerModel.DefinitionFiles().Count(f => f.StartsWith("sqlserver/Tables/quartz.QRTZ_", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_QRTZ_tables_are_exactly_the_schema_Quartz_ships()
    {
        var quartz = Describe(QuartzCreateScript());
        var ours = Describe(string.Join("\nGO\n", SqlServerModel.DefinitionFiles()
            .Where(f => f.StartsWith("sqlserver/Tables/quartz.", StringComparison.Ordinal)).Select(RepositoryFiles.ReadSql)));

        Assert.True(quartz.Count > 150, $"{quartz.Count} facts read from Quartz's script");
        Assert.Equal(quartz.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_statement_the_Quartz_job_store_sends_resolves_against_the_SQL_Server_model()
    {
        var statements = QuartzStatements();
        Assert.True(statements.Count > 80, $"{statements.Count} statements");
        // Every table of Quartz's schema is read or written by at least one of them.
        foreach (var table in Quartz.GetType("Quartz.Impl.AdoJobStore.AdoConstants")!.GetFields().Where(f => f.Name.StartsWith("Table", StringComparison.Ordinal)))
            Assert.Contains(statements, s => s.Text.Contains($"quartz.QRTZ_{table.GetValue(null)} ", StringComparison.Ordinal) || s.Text.Contains($"quartz.QRTZ_{table.GetValue(null)}\n", StringComparison.Ordinal));

        using var model = new SqlServerModel();
        foreach (var (name, text) in statements)
        {
            var parameters = Parameter().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Select(p => $"{p} NVARCHAR(4000)");
            Assert.True(model.Add(name, $"CREATE PROCEDURE [quartz].[{name}] {string.Join(", ", parameters)} AS\nBEGIN\n{text};\nEND"), name);
        }
        var problems = model.Problems();

        Assert.True(problems.Count == 0, $"DacFx reports {problems.Count} problem(s):\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_column_missing_from_a_QRTZ_table_fails_both_checks()
    {
        var broken = RepositoryFiles.ReadSql("sqlserver/Tables/quartz.QRTZ_TRIGGERS.sql").Replace("    [MISFIRE_ORIG_FIRE_TIME]    BIGINT         NULL,\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("MISFIRE_ORIG_FIRE_TIME", broken, StringComparison.Ordinal);
        Assert.DoesNotContain(Describe(broken), f => f.Contains("MISFIRE_ORIG_FIRE_TIME", StringComparison.Ordinal));
        Assert.Contains(Describe(QuartzCreateScript()), f => f.Contains("QRTZ_TRIGGERS.MISFIRE_ORIG_FIRE_TIME", StringComparison.Ordinal));

        var scripts = SqlServerModel.DefinitionFiles()
            .Select(f => (f, f == "sqlserver/Tables/quartz.QRTZ_TRIGGERS.sql" ? broken : RepositoryFiles.ReadSql(f)));
        using var model = new SqlServerModel(scripts);
        var (name, text) = QuartzStatements().First(s => s.Text.Contains("MISFIRE_ORIG_FIRE_TIME", StringComparison.Ordinal));
        var parameters = Parameter().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Select(p => $"{p} NVARCHAR(4000)");
        model.Add(name, $"CREATE PROCEDURE [quartz].[{name}] {string.Join(", ", parameters)} AS\nBEGIN\n{text};\nEND");

        Assert.Contains(model.Problems(), p => p.Message.Contains("MISFIRE_ORIG_FIRE_TIME", StringComparison.Ordinal));
    }

    /// <summary>Quartz's own SQL Server schema (the script its store runs when told to create it), for our prefix.</summary>
    private static string QuartzCreateScript()
    {
        using var stream = Quartz.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql")!;
        var text = new StreamReader(stream).ReadToEnd();
        return string.Join("\nGO\n", Separator().Split(text).Select(p => p.Replace("{0}", ServiceHost.TablePrefix, StringComparison.Ordinal).Replace("{1}", "QRTZ_", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The complete statements of Quartz's ADO.NET job store (its <c>StdAdoConstants</c>, the SQL Server delegate's and the
    /// row-lock handler's that clustering takes <c>QRTZ_LOCKS</c> with), for our prefix: those that
    /// parse alone as SELECT, INSERT, UPDATE or DELETE (fragments completed at run time are left out).
    /// </summary>
    private static List<(string Name, string Text)> QuartzStatements()
    {
        string[] sources = ["Quartz.Impl.AdoJobStore.StdAdoConstants", "Quartz.Impl.AdoJobStore.SqlServerDelegate", "Quartz.Impl.AdoJobStore.UpdateRowLockHandler"];
        var statements = new List<(string, string)>();
        foreach (var field in sources.SelectMany(t => Quartz.GetType(t)!.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)))
        {
            // Non-public constants of StdAdoConstants are fragments spliced into other statements (correlated EXISTS).
            if (!field.IsPublic && field.DeclaringType!.Name == "StdAdoConstants") continue;
            if (field.GetValue(null) is not string sql || !sql.Contains("{0}", StringComparison.Ordinal)) continue;
            var text = sql.Replace("{0}", ServiceHost.TablePrefix, StringComparison.Ordinal);
            var parsed = TSql.Parse(text, out var errors);
            var body = parsed.Batches.SelectMany(b => b.Statements).ToList();
            if (errors.Count > 0 || body.Count != 1 || body[0] is not (SelectStatement or InsertStatement or UpdateStatement or DeleteStatement)) continue;
            statements.Add(($"{field.DeclaringType!.Name}_{field.Name}", text));
        }
        return statements;
    }

    /// <summary>
    /// The schema as facts: one line per column (type, length, nullability, default), primary key, foreign key and
    /// index, from the CREATE TABLE and CREATE INDEX statements of a script (inside IF blocks too).
    /// </summary>
    private static List<string> Describe(string script)
    {
        var parsed = TSql.Parse(script, out var errors);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Message)));
        var facts = new List<string>();
        foreach (var statement in parsed.Batches.SelectMany(b => b.Statements).SelectMany(Flatten))
        {
            if (statement is CreateTableStatement table)
            {
                var name = table.SchemaObjectName.BaseIdentifier.Value;
                foreach (var column in table.Definition.ColumnDefinitions)
                {
                    var type = (SqlDataTypeReference)column.DataType;
                    var size = type.Parameters.Count == 0 ? string.Empty : $"({string.Join(",", type.Parameters.Select(p => p.Value.ToUpperInvariant()))})";
                    var nullable = column.Constraints.OfType<NullableConstraintDefinition>().All(n => n.Nullable) ? "NULL" : "NOT NULL";
                    var @default = column.DefaultConstraint is { } d ? $" DEFAULT {Literal(d.Expression)}" : string.Empty;
                    facts.Add($"{name}.{column.ColumnIdentifier.Value} {type.SqlDataTypeOption}{size} {nullable}{@default}");
                }
                foreach (var constraint in table.Definition.TableConstraints)
                {
                    facts.Add(constraint switch
                    {
                        UniqueConstraintDefinition u => $"{name} {(u.IsPrimaryKey ? "PRIMARY KEY" : "UNIQUE")} {u.ConstraintIdentifier.Value} ({Columns(u.Columns)})",
                        ForeignKeyConstraintDefinition f => $"{name} FOREIGN KEY {f.ConstraintIdentifier.Value} ({string.Join(",", f.Columns.Select(c => c.Value))}) → " +
                                                            $"{f.ReferenceTableName.BaseIdentifier.Value} ({string.Join(",", f.ReferencedTableColumns.Select(c => c.Value))}) ON DELETE {f.DeleteAction}",
                        _ => $"{name} {constraint.GetType().Name}",
                    });
                }
            }
            else if (statement is CreateIndexStatement index)
            {
                facts.Add($"{index.OnName.BaseIdentifier.Value} INDEX {index.Name.Value} ({Columns(index.Columns)})");
            }
        }
        return facts;
    }

    private static string Columns(IEnumerable<ColumnWithSortOrder> columns) =>
        string.Join(",", columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value + (c.SortOrder == SortOrder.Descending ? " DESC" : string.Empty)));

    private static string Literal(ScalarExpression expression) => expression switch
    {
        ParenthesisExpression p => Literal(p.Expression),
        Literal l => l.Value,
        _ => expression.GetType().Name,
    };

    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement i => new[] { i.ThenStatement, i.ElseStatement }.Where(s => s is not null).SelectMany(s => Flatten(s!)),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };

    /// <summary>Quartz's statement separator: a line reading exactly <c>--;;</c>.</summary>
    [GeneratedRegex(@"^--;;\r?$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
