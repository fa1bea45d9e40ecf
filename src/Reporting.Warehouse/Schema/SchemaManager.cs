using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Schema;

/// <summary>
/// Creates or upgrades the embedded warehouse: ordered DDL scripts journaled in
/// <c>etl.schema_version</c> (DbUp style), the reporting views (re-created every time, they hold
/// no data), then the built-in dimensions (départements, lists, calendar) seeded from the domain.
/// </summary>
public static partial class SchemaManager
{
    public const int CalendarFirstYear = BuiltInDimensions.CalendarFirstYear;
    public const int CalendarLastYear = BuiltInDimensions.CalendarLastYear;

    [GeneratedRegex(@"^duckdb/schema/(\d+)_.*\.sql$")]
    private static partial Regex MigrationName();

    [GeneratedRegex(@"CREATE\s+VIEW\s+([\w.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ViewName();

    /// <summary>The version the code expects: the number of the last migration script.</summary>
    public static int ExpectedVersion => Migrations().Max(m => m.Version);

    public static int Initialize(WarehouseSession session, TimeProvider clock)
    {
        var applied = AppliedVersions(session);
        if (applied.Count > 0 && applied.Max() > ExpectedVersion)
            throw new WarehouseUnavailableException(Newer(session, applied.Max()));
        foreach (var (version, name) in Migrations().Where(m => !applied.Contains(m.Version)))
        {
            using var tx = session.Begin();
            session.ExecuteDdl(SqlScripts.Get(name), tx);
            session.Execute("duckdb/load/schema_version_insert.sql", new { version, script = name, applied_at = clock.GetUtcNow().UtcDateTime }, tx);
            tx.Commit();
        }
        CreateViews(session);
        Seed(session);
        return ExpectedVersion;
    }

    /// <summary>
    /// What a reading command checks instead of migrating (it opens the file read-only): the schema is this program's
    /// version and the reporting views are the ones it embeds. Otherwise a French message names the command that
    /// upgrades the warehouse (« reporting base initialiser », or « reporting charger », which upgrades before loading).
    /// </summary>
    public static void RequireCurrent(WarehouseSession session)
    {
        var version = CurrentVersion(session);
        var where = session.Location.Display();
        if (version == 0)
            throw new WarehouseUnavailableException($"L'entrepôt {where} n'a pas de schéma : créez-le avec « reporting base initialiser » (ou chargez des fichiers avec « reporting charger --depot <dossier> »).");
        if (version < ExpectedVersion)
            throw new WarehouseUnavailableException($"Le schéma de l'entrepôt {where} est en version {version}, ce programme attend la version {ExpectedVersion} : " +
                                                    "mettez-le à jour avec « reporting base initialiser » (« reporting charger » le met aussi à jour avant de charger).");
        if (version > ExpectedVersion)
            throw new WarehouseUnavailableException(Newer(session, version));
        var stored = session.Connection.Query<(string Name, string? Comment)>(
            "SELECT schema_name || '.' || view_name, comment FROM duckdb_views() WHERE NOT internal").ToDictionary(v => v.Name, v => v.Comment);
        if (ViewScripts().Any(v => stored.GetValueOrDefault(v.Name) != Fingerprint(session, v.Script)))
            throw new WarehouseUnavailableException($"Les vues de restitution de l'entrepôt {where} ne sont pas celles de ce programme (il a été mis à jour depuis) : " +
                                                    "mettez-les à jour avec « reporting base initialiser » (« reporting charger » le fait aussi).");
    }

    private static string Newer(WarehouseSession session, int version) =>
        $"Le schéma de l'entrepôt {session.Location.Display()} est en version {version}, plus récente que celle de ce programme ({ExpectedVersion}) : utilisez une version à jour de « reporting ».";

    public static int CurrentVersion(WarehouseSession session)
    {
        var applied = AppliedVersions(session);
        return applied.Count == 0 ? 0 : applied.Max();
    }

    private static IEnumerable<(int Version, string Name)> Migrations() =>
        SqlScripts.Under("duckdb/schema")
            .Select(n => (Match: MigrationName().Match(n), Name: n))
            .Where(m => m.Match.Success)
            .Select(m => (int.Parse(m.Match.Groups[1].Value, CultureInfo.InvariantCulture), m.Name));

    private static HashSet<int> AppliedVersions(WarehouseSession session)
    {
        var exists = session.Connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'etl' AND table_name = 'schema_version'");
        return exists == 0 ? [] : session.Query<int>("duckdb/load/schema_version_list.sql").ToHashSet();
    }

    /// <summary>Drops and re-creates the views of <c>sql/views</c>, each after the views it reads.</summary>
    private static void CreateViews(WarehouseSession session)
    {
        var views = ViewScripts();
        using var tx = session.Begin();
        foreach (var (name, _) in Enumerable.Reverse(views))
            session.ExecuteDdl($"DROP VIEW IF EXISTS {name} CASCADE", tx);
        var pending = new List<(string Name, string Script)>(views);
        while (pending.Count > 0)
        {
            var ready = pending.Where(v => !pending.Any(o => o.Name != v.Name && Reads(v.Script, o.Name))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("Circular dependency between views: " + string.Join(", ", pending.Select(p => p.Name)));
            foreach (var view in ready)
            {
                session.ExecuteDdl(session.Dialect.Adapt(SqlScripts.Get(view.Script)), tx);
                // The view's fingerprint, which reading commands compare with their own (they never re-create views).
                session.ExecuteDdl($"COMMENT ON VIEW {view.Name} IS '{Fingerprint(session, view.Script)}'", tx);
                pending.Remove(view);
            }
        }
        tx.Commit();
    }

    private static List<(string Name, string Script)> ViewScripts() =>
        SqlScripts.Under("views").Select(n => (Name: ViewName().Match(SqlScripts.Get(n)).Groups[1].Value, Script: n)).ToList();

    /// <summary>A digest of a view's text as this program creates it (hexadecimal: nothing to quote).</summary>
    private static string Fingerprint(WarehouseSession session, string script) =>
        "pdn-reporting:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(session.Dialect.Adapt(SqlScripts.Get(script)))))[..16];

    private static bool Reads(string script, string view) =>
        Regex.IsMatch(SqlScripts.Get(script), @"\b" + Regex.Escape(view) + @"\b", RegexOptions.IgnoreCase);

    private static void Seed(WarehouseSession session)
    {
        var counts = session.QuerySingleOrDefault<SeedCounts>("duckdb/load/count_rows.sql")!;
        using var tx = session.Begin();
        if (counts.Departements == 0)
            session.Execute("duckdb/load/seed_departement.sql", BuiltInDimensions.DepartementRows(), tx);
        if (counts.Labels == 0)
            session.Execute("duckdb/load/seed_label.sql", BuiltInDimensions.LabelRows(), tx);
        if (counts.Directions == 0)
        {
            foreach (var (table, list) in BuiltInDimensions.ListTables)
                session.Execute($"duckdb/load/seed_{table}.sql", BuiltInDimensions.ListRows(list), tx);
        }
        if (counts.Months == 0)
            session.Execute("duckdb/load/seed_calendar_month.sql", BuiltInDimensions.CalendarMonths(), tx);
        if (counts.Days == 0)
            session.BulkInsert("dim", "calendar", BuiltInDimensions.CalendarDays());
        if (counts.AttendanceStatuses == 0)
            session.Execute("duckdb/load/seed_attendance_status.sql", BuiltInDimensions.AttendanceStatusRows(), tx);
        if (counts.UnknownStructures == 0)
            session.Execute("duckdb/load/seed_unknown_structure.sql", null, tx);
        if (counts.OnboardingSteps == 0)
            session.Execute("network/onboarding_step_seed.sql", BuiltInDimensions.OnboardingStepRows(), tx);
        tx.Commit();
    }

    internal sealed record SeedCounts(long Departements, long Labels, long Directions, long Days, long Months, long UnknownStructures, long AttendanceStatuses, long OnboardingSteps);
}
