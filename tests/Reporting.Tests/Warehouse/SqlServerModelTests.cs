using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reporting.Tests.Support;

namespace Reporting.Tests.Warehouse;

/// <summary>The SQL Server DDL and the shared views build a DacFx model with no error and no warning.</summary>
public sealed class SqlServerModelTests
{
    [Fact]
    public void The_SQL_Server_DDL_and_the_views_validate_without_any_message()
    {
        using var model = new SqlServerModel();

        var problems = model.Problems();

        Assert.True(problems.Count == 0,
            $"DacFx reports {problems.Count} problem(s) in sql/sqlserver and sql/views:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_object_the_files_define_is_in_the_model_and_nothing_else()
    {
        // etl.source_file.sql holds three GO batches (a table, two indexes): the model must hold all three.
        var defined = SqlServerModel.DefinitionFiles()
            .SelectMany(file => DefinedObjects(file, RepositoryFiles.ReadSql(file)))
            .ToList();
        using var model = new SqlServerModel();

        var inModel = model.Objects(ModelSchema.Schema, ModelSchema.Table, ModelSchema.View, ModelSchema.Index,
                ModelSchema.Procedure, ModelSchema.TableValuedFunction, ModelSchema.ScalarFunction)
            .Select(o => $"{o.ObjectType.Name} {string.Join('.', o.Name.Parts)}")
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

        Assert.Contains("Index etl.source_file.IX_source_file_promeneur_year", inModel);
        Assert.Equal(defined.Order(StringComparer.OrdinalIgnoreCase), inModel, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_view_reading_a_missing_column_is_reported_in_its_file()
    {
        var scripts = SqlServerModel.DefinitionFiles()
            .Select(name => (name, text: RepositoryFiles.ReadSql(name)))
            .Select(f => f.name == "views/rpt.activity_month.sql"
                ? (f.name, f.text.Replace("f.publications,", "f.publication_count,", StringComparison.Ordinal))
                : f)
            .ToList();
        Assert.Contains(scripts, s => s.Item2.Contains("publication_count", StringComparison.Ordinal));
        using var model = new SqlServerModel(scripts);

        var problems = model.Problems();

        Assert.Contains(problems, p => p.Source == "views/rpt.activity_month.sql" && p.Severity == "Error"
            && p.Code == "SQL71501" && p.Message.Contains("publication_count", StringComparison.Ordinal));
    }

    /// <summary>"Table dim.calendar", "Index etl.source_file.IX_…", … as ScriptDom reads the file's statements.</summary>
    private static IEnumerable<string> DefinedObjects(string file, string text)
    {
        var script = TSql.Parse(text, out var errors);
        Assert.True(errors.Count == 0, $"{file} does not parse: {string.Join("; ", errors.Select(e => e.Message))}");
        foreach (var statement in script.Batches.SelectMany(b => b.Statements))
        {
            yield return statement switch
            {
                CreateSchemaStatement s => $"Schema {s.Name.Value}",
                CreateTableStatement t => $"Table {Dotted(t.SchemaObjectName)}",
                CreateViewStatement v => $"View {Dotted(v.SchemaObjectName)}",
                CreateIndexStatement i => $"Index {Dotted(i.OnName)}.{i.Name.Value}",
                CreateProcedureStatement p => $"Procedure {Dotted(p.ProcedureReference.Name)}",
                CreateFunctionStatement f => $"{(f.ReturnType is SelectFunctionReturnType or TableValuedFunctionReturnType ? "TableValuedFunction" : "ScalarFunction")} {Dotted(f.Name)}",
                _ => $"{statement.GetType().Name} in {file} (not covered by this test: extend it)",
            };
        }
    }

    private static string Dotted(SchemaObjectName name) =>
        string.Join('.', new[] { name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value });
}
