using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Reporting.Domain.Categories;
using Reporting.Domain.Territory;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Schema;

/// <summary>
/// Creates or upgrades the embedded warehouse: ordered DDL scripts journaled in
/// <c>etl.schema_version</c> (DbUp style), the reporting views (re-created every time, they hold
/// no data), then the built-in dimensions (départements, lists, calendar) seeded from the domain.
/// </summary>
public static partial class SchemaManager
{
    public const int CalendarFirstYear = 2010;
    public const int CalendarLastYear = 2040;

    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    [GeneratedRegex(@"^duckdb/schema/(\d+)_.*\.sql$")]
    private static partial Regex MigrationName();

    [GeneratedRegex(@"CREATE\s+VIEW\s+([\w.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ViewName();

    /// <summary>The version the code expects: the number of the last migration script.</summary>
    public static int ExpectedVersion => Migrations().Max(m => m.Version);

    public static int Initialize(WarehouseSession session, TimeProvider clock)
    {
        var applied = AppliedVersions(session);
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
        var views = SqlScripts.Under("views").Select(n => (Name: ViewName().Match(SqlScripts.Get(n)).Groups[1].Value, Script: n)).ToList();
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
                pending.Remove(view);
            }
        }
        tx.Commit();
    }

    private static bool Reads(string script, string view) =>
        Regex.IsMatch(SqlScripts.Get(script), @"\b" + Regex.Escape(view) + @"\b", RegexOptions.IgnoreCase);

    private static void Seed(WarehouseSession session)
    {
        var counts = session.QuerySingleOrDefault<SeedCounts>("duckdb/load/count_rows.sql")!;
        using var tx = session.Begin();
        if (counts.Departements == 0)
            session.Execute("duckdb/load/seed_departement.sql",
                Departements.All.Select((d, i) => new { departement_key = (short)(i + 1), code = d.Code, name = d.Nom, region = d.Region }), tx);
        if (counts.Labels == 0)
            session.Execute("duckdb/load/seed_label.sql", Lists.Label.Values.Select(v => new { key = Lists.Label.KeyOf(v), label = v }), tx);
        if (counts.Directions == 0)
        {
            SeedList(session, tx, "direction", Lists.Sens);
            SeedList(session, tx, "interlocutor", Lists.Interlocuteur);
            SeedList(session, tx, "contact_mode", Lists.Modalite);
            SeedList(session, tx, "theme", Lists.Theme);
            SeedList(session, tx, "age_band", Lists.TrancheAge);
        }
        if (counts.Months == 0)
            session.Execute("duckdb/load/seed_calendar_month.sql", CalendarMonths(), tx);
        if (counts.Days == 0)
            session.BulkInsert("dim", "calendar", CalendarDays());
        if (counts.AttendanceStatuses == 0)
            SeedList(session, tx, "attendance_status", Lists.StatutEmargement);
        if (counts.UnknownStructures == 0)
            session.Execute("duckdb/load/seed_unknown_structure.sql", null, tx);
        tx.Commit();
    }

    private static void SeedList(WarehouseSession session, System.Data.IDbTransaction tx, string table, CategoryList list) =>
        session.Execute($"duckdb/load/seed_{table}.sql", list.Values.Select(v => new { key = list.KeyOf(v), label = v }), tx);

    private static IEnumerable<object> CalendarMonths()
    {
        for (var y = CalendarFirstYear; y <= CalendarLastYear; y++)
            for (var m = 1; m <= 12; m++)
            {
                var first = new DateOnly(y, m, 1);
                var last = first.AddMonths(1).AddDays(-1);
                var name = Fr.DateTimeFormat.GetMonthName(m);
                yield return new
                {
                    month_key = y * 100 + m,
                    calendar_year = (short)y,
                    month_number = (short)m,
                    month_name = name,
                    month_label = $"{name} {y}",
                    first_day = first,
                    last_day = last,
                    first_date_key = y * 10000 + m * 100 + 1,
                    last_date_key = y * 10000 + m * 100 + last.Day,
                };
            }
    }

    /// <summary>Rows of dim.calendar in its column order.</summary>
    private static IEnumerable<object?[]> CalendarDays()
    {
        for (var d = new DateOnly(CalendarFirstYear, 1, 1); d.Year <= CalendarLastYear; d = d.AddDays(1))
        {
            var dow = ((int)d.DayOfWeek + 6) % 7 + 1; // 1 = lundi
            yield return
            [
                d.Year * 10000 + d.Month * 100 + d.Day,
                d,
                (short)d.Year,
                (short)((d.Month - 1) / 3 + 1),
                (short)d.Month,
                (short)d.Day,
                d.Year * 100 + d.Month,
                Fr.DateTimeFormat.GetMonthName(d.Month),
                (short)dow,
                Fr.DateTimeFormat.GetDayName(d.DayOfWeek),
            ];
        }
    }

    private sealed record SeedCounts(long Departements, long Labels, long Directions, long Days, long Months, long UnknownStructures, long AttendanceStatuses);
}
