using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Deployment;

/// <summary>
/// The SQL Server schema as a DacFx package, built from the SQL the program embeds: the DDL of
/// <c>sql/sqlserver</c> (one file per object; <c>sql/sqlserver/load</c> holds statements, not objects)
/// and the reporting views of <c>sql/views</c>, shared with DuckDB. From it: a <c>.dacpac</c>, the full
/// deployment script (SQLCMD mode), or a publish to a server — no hand-run script.
/// </summary>
public static class SqlServerPackage
{
    public const string PackageName = "Reporting";

    public const string DefaultDatabaseName = "Reporting";

    /// <summary>Names (under <c>sql/</c>) of the scripts that define the SQL Server model.</summary>
    public static IReadOnlyList<string> DefinitionScripts() =>
    [
        .. SqlScripts.Under("sqlserver").Where(n => !n.StartsWith("sqlserver/load/", StringComparison.Ordinal)),
        .. SqlScripts.Under("views"),
    ];

    /// <summary>The DacFx model of the embedded scripts; throws when DacFx reports any error.</summary>
    public static TSqlModel BuildModel()
    {
        var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        try
        {
            foreach (var name in DefinitionScripts())
                model.AddOrUpdateObjects(SqlScripts.Get(name), name, new TSqlObjectOptions());
            var errors = model.Validate().Where(m => m.MessageType == DacMessageType.Error).Select(m => m.ToString()).ToList();
            if (errors.Count > 0)
                throw new InvalidOperationException("The SQL Server model has errors: " + string.Join("; ", errors));
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Writes the <c>.dacpac</c> (package version = schema version).</summary>
    public static void WriteDacpac(Stream output)
    {
        using var model = BuildModel();
        DacPackageExtensions.BuildPackage(output, model, new PackageMetadata
        {
            Name = PackageName,
            Version = $"{SchemaVersion.Current}.0.0",
            Description = "PdN Reporting : entrepôt en étoile des Promeneurs du Net (dimensions, faits, audit ETL, vues de restitution).",
        });
    }

    /// <summary>The package, built in memory.</summary>
    public static DacPackage Load()
    {
        var buffer = new MemoryStream();
        WriteDacpac(buffer);
        buffer.Position = 0;
        return DacPackage.Load(buffer, DacSchemaModelStorageType.Memory, FileAccess.Read);
    }

    /// <summary>
    /// The script that creates every object of the warehouse in an empty database (SQLCMD mode: <c>:setvar</c>,
    /// <c>:on error exit</c>, <c>$(DatabaseName)</c>), for a DBA who runs it with sqlcmd or SSMS in SQLCMD mode.
    /// </summary>
    public static string CreateScript(string databaseName)
    {
        using var package = Load();
        // CreateNewDatabase stays false: with it, the script would begin by dropping a database of that name. The
        // DBA creates the (empty) database with the files and collation of the site, then runs the script in it.
        return DacServices.GenerateCreateScript(package, databaseName, DeployOptions(blockOnPossibleDataLoss: true));
    }

    /// <summary>
    /// Publishes the package to a server: creates the database or upgrades it to the package. With
    /// <paramref name="blockOnPossibleDataLoss"/> (the default) a change that could lose data stops the deployment.
    /// </summary>
    public static void Deploy(string connectionString, string databaseName, bool blockOnPossibleDataLoss, Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var package = Load();
        var services = new DacServices(connectionString);
        if (progress is not null) services.ProgressChanged += (_, e) => progress($"{e.Status} {e.Message}");
        services.Deploy(package, databaseName, upgradeExisting: true, DeployOptions(blockOnPossibleDataLoss), cancellationToken);
    }

    public static DacDeployOptions DeployOptions(bool blockOnPossibleDataLoss) => new()
    {
        BlockOnPossibleDataLoss = blockOnPossibleDataLoss,
        // The warehouse's data (seeded dimensions, loads) is the application's: never drop what is not in the package.
        DropObjectsNotInSource = false,
        IncludeTransactionalScripts = true,
    };
}
