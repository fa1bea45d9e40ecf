using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac.Model;

namespace Reporting.Tests.Support;

/// <summary>One problem DacFx found, located in the file it comes from when DacFx says so.</summary>
public sealed record ModelProblem(string Source, int Line, string Severity, string Code, string Message)
{
    public override string ToString() => Line > 0
        ? $"{Source}({Line}): {Severity} {Code}: {Message}"
        : $"{Source}: {Severity} {Code}: {Message}";
}

/// <summary>
/// The SQL Server warehouse as DacFx sees it, without a server: a <see cref="TSqlModel"/> built from
/// <c>sql/sqlserver/**</c> (DDL) and <c>sql/views/*.sql</c> (views shared with DuckDB).
/// </summary>
/// <remarks>
/// DacFx facts this class relies on (measured with DacFx 170.5.96):
/// <list type="bullet">
/// <item><c>AddOrUpdateObjects</c> takes a whole file, GO separators included (ScriptDom splits the batches).</item>
/// <item>Build-blocking errors (syntax, undeclared variable, ORDER BY in an inline function) make
/// <c>AddOrUpdateObjects</c> throw a <see cref="DacModelException"/>; <c>Validate()</c> does not repeat
/// them, <c>GetModelErrors()</c> does, with the source name and line. After such an error the model
/// refuses any further change (even <c>DeleteObjects</c>): build a fresh model per check.</item>
/// <item><c>Validate()</c> returns <see cref="DacModelMessage"/>s, which carry no source or line, only the
/// element in the message text; this class maps the element back to its file.</item>
/// <item>Inside a procedure, an unresolved table or column is only a <b>warning</b> (SQL71502, deferred
/// name resolution) and so is a missing column of a CTE (SQL71005): warnings count as problems here.</item>
/// </list>
/// </remarks>
public sealed partial class SqlServerModel : IDisposable
{
    private static readonly ModelTypeClass[] SourcedTypes =
    [
        ModelSchema.Schema, ModelSchema.Table, ModelSchema.View, ModelSchema.Index, ModelSchema.Procedure,
        ModelSchema.TableValuedFunction, ModelSchema.ScalarFunction, ModelSchema.PrimaryKeyConstraint,
        ModelSchema.UniqueConstraint, ModelSchema.ForeignKeyConstraint, ModelSchema.CheckConstraint,
        ModelSchema.DefaultConstraint,
    ];

    /// <summary>A model of the repository's SQL Server DDL and shared views.</summary>
    public SqlServerModel()
        : this(DefinitionFiles().Select(name => (name, RepositoryFiles.ReadSql(name))))
    {
    }

    /// <summary>A model of the given scripts, each named by its source (a path under <c>sql/</c>).</summary>
    public SqlServerModel(IEnumerable<(string Source, string Script)> scripts)
    {
        Model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var (source, script) in scripts) Add(source, script);
    }

    public TSqlModel Model { get; }

    /// <summary>
    /// Files that define the SQL Server model: <c>sqlserver/**</c> (but <c>sqlserver/load</c>, which holds the
    /// statements the writer sends, not objects), then <c>views/*.sql</c>.
    /// </summary>
    public static IReadOnlyList<string> DefinitionFiles() =>
        [.. RepositoryFiles.SqlFiles("sqlserver").Where(f => !f.StartsWith(LoadFolder + "/", StringComparison.Ordinal)), .. RepositoryFiles.SqlFiles("views")];

    /// <summary>The statements the SQL Server writer, the seed and the load lock send (<c>sql/sqlserver/load</c>).</summary>
    public const string LoadFolder = "sqlserver/load";

    /// <summary>
    /// Adds one script (GO batches allowed) under a source name. Returns false on a build-blocking
    /// error, which <see cref="Problems"/> then reports with its line.
    /// </summary>
    public bool Add(string source, string script)
    {
        try
        {
            Model.AddOrUpdateObjects(script, source, new TSqlObjectOptions());
            return true;
        }
        catch (DacModelException)
        {
            return false;
        }
    }

    /// <summary>Build errors and validation messages of every severity, each with its source file.</summary>
    public IReadOnlyList<ModelProblem> Problems()
    {
        var problems = Model.GetModelErrors()
            .Select(e => new ModelProblem(e.SourceName ?? "?", e.Line, e.Severity.ToString(), e.Prefix + e.ErrorCode, e.Message))
            .ToList();
        var sources = SourcesByElement();
        foreach (var message in Model.Validate())
        {
            var element = ElementInMessage().Match(message.Message);
            var source = element.Success ? SourceOf(element.Groups["name"].Value, sources) : "?";
            problems.Add(new ModelProblem(source, 0, message.MessageType.ToString(), message.Prefix + message.Number, message.Message));
        }
        return problems;
    }

    /// <summary>User-defined objects of the given types.</summary>
    public IReadOnlyList<TSqlObject> Objects(params ModelTypeClass[] types) =>
        Model.GetObjects(DacQueryScopes.UserDefined, types).ToList();

    public void Dispose() => Model.Dispose();

    /// <summary>"[schema].[name]" (DacFx's spelling) of every sourced object, with its file.</summary>
    private Dictionary<string, string> SourcesByElement()
    {
        var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in Model.GetObjects(DacQueryScopes.UserDefined, SourcedTypes))
        {
            var source = o.GetSourceInformation()?.SourceName;
            if (source is not null) sources.TryAdd(o.Name.ToString(), source);
        }
        return sources;
    }

    /// <summary>The file of an element, or of its closest parent ("[rpt].[v].[col]" belongs to "[rpt].[v]").</summary>
    private static string SourceOf(string element, Dictionary<string, string> sources)
    {
        for (var name = element; ; )
        {
            if (sources.TryGetValue(name, out var source)) return source;
            var parent = name.LastIndexOf(".[", StringComparison.Ordinal);
            if (parent <= 0) return "?";
            name = name[..parent];
        }
    }

    [GeneratedRegex(@"Error validating element (?<name>\S+?):")]
    private static partial Regex ElementInMessage();
}
