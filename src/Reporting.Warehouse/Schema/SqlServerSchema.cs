using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Warehouse.Schema;

/// <summary>
/// The SQL Server warehouse after its schema is published from the dacpac (<see cref="Deployment.SqlServerPackage"/>):
/// the built-in dimensions are seeded with the same rows as on DuckDB (<see cref="BuiltInDimensions"/>), the
/// version is recorded in <c>etl.schema_version</c>, and every command checks that version before using it.
/// </summary>
public static class SqlServerSchema
{
    private const string Load = "sqlserver/load/";

    /// <summary>What <c>etl.schema_version</c> records for a dacpac deployment.</summary>
    public const string DeploymentScript = "Reporting.dacpac";

    /// <summary>The version recorded in the warehouse (0: never deployed).</summary>
    public static int CurrentVersion(WarehouseSession session) =>
        session.ExecuteScalar<int>(Load + "schema_version_current.sql");

    /// <summary>Refuses, in French, a warehouse whose schema is missing, older or newer than this program's.</summary>
    public static void RequireCurrent(WarehouseSession session)
    {
        var version = CurrentVersion(session);
        if (version == SchemaVersion.Current) return;
        var where = session.Location.Display();
        throw new WarehouseUnavailableException(version switch
        {
            0 => $"L'entrepôt {where} n'a pas de schéma : déployez-le d'abord avec « reporting base deployer ».",
            < SchemaVersion.Current => $"Le schéma de l'entrepôt {where} est en version {version}, ce programme attend la version {SchemaVersion.Current} : mettez-le à jour avec « reporting base deployer ».",
            _ => $"Le schéma de l'entrepôt {where} est en version {version}, plus récente que celle de ce programme ({SchemaVersion.Current}) : utilisez une version à jour de « reporting ».",
        });
    }

    /// <summary>
    /// Seeds each built-in dimension that is still empty, then records the schema version, in one transaction.
    /// The unknown structure keeps key 0 although <c>structure_key</c> is an IDENTITY (<c>SET IDENTITY_INSERT</c>
    /// in <c>seed_unknown_structure.sql</c>); the 11,323 calendar days go through staging with bulk copy.
    /// </summary>
    public static void Initialize(WarehouseSession session, IBulkCopier copier, TimeProvider clock, int batchSize = 5_000)
    {
        var counts = session.QuerySingleOrDefault<SchemaManager.SeedCounts>(Load + "seed_counts.sql")!;
        using var tx = session.Begin();
        if (counts.Departements == 0)
            session.Execute(Load + "seed_departement.sql", BuiltInDimensions.DepartementRows(), tx);
        if (counts.Labels == 0)
            session.Execute(Load + "seed_label.sql", BuiltInDimensions.LabelRows(), tx);
        if (counts.Directions == 0)
        {
            foreach (var (table, list) in BuiltInDimensions.ListTables)
                session.Execute($"{Load}seed_{table}.sql", BuiltInDimensions.ListRows(list), tx);
        }
        if (counts.Months == 0)
            session.Execute(Load + "seed_calendar_month.sql", BuiltInDimensions.CalendarMonths(), tx);
        if (counts.Days == 0)
        {
            var columns = StagingTables.Columns["stage.calendar"];
            var number = 0;
            foreach (var batch in BuiltInDimensions.CalendarDays().Select(d => (object?[])[0, .. d]).Chunk(batchSize))
                copier.Copy(session.Connection, tx, new StagingBatch("stage.calendar", columns, batch, ++number));
            session.Execute(Load + "seed_calendar_from_stage.sql", null, tx);
        }
        if (counts.AttendanceStatuses == 0)
            session.Execute(Load + "seed_attendance_status.sql", BuiltInDimensions.AttendanceStatusRows(), tx);
        if (counts.UnknownStructures == 0)
            session.Execute(Load + "seed_unknown_structure.sql", null, tx);
        if (counts.OnboardingSteps == 0)
            session.Execute("network/onboarding_step_seed.sql", BuiltInDimensions.OnboardingStepRows(), tx);
        session.Execute(Load + "schema_version_record.sql",
            new { version = SchemaVersion.Current, script = DeploymentScript, applied_at = clock.GetUtcNow().UtcDateTime }, tx);
        tx.Commit();
    }
}
