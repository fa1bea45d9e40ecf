using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Warehouse.Aggregates;

/// <summary>One scope of the indicator aggregate (<c>agg.indicator_scope</c>).</summary>
public sealed record AggregateScope(
    int ScopeKey, string PeriodKind, string PeriodKindName, string PeriodCode, string PeriodName,
    int FirstMonthKey, int LastMonthKey, short CalendarYear, short MonthNumber,
    string Label, string LabelName, string Population, string PopulationName, int? PreviousScopeKey, short Seuil, DateTime ComputedAt)
{
    public object?[] Values() =>
        [ScopeKey, PeriodKind, PeriodKindName, PeriodCode, PeriodName, FirstMonthKey, LastMonthKey, CalendarYear, MonthNumber,
         Label, LabelName, Population, PopulationName, PreviousScopeKey, Seuil, ComputedAt];
}

/// <summary>The additive amounts of one scope and territory (<c>agg.indicator_value</c>).</summary>
public sealed record AggregateValue(
    int ScopeKey, string Territory, int Promeneurs, int ExpectedMonths, int SubmittedMonths, decimal OnlineHours, decimal OfflineHours,
    int Permanences, int Publications, int PublicFriends, int ProfessionalFriends, int ReceivedSolicitations, int InitiatedSolicitations,
    int NewParticipants, int Events, decimal EventHours, int AttendanceRows, int PresentRows, bool Secret, bool InComparison)
{
    public object?[] Values() =>
        [ScopeKey, Territory, Promeneurs, ExpectedMonths, SubmittedMonths, OnlineHours, OfflineHours, Permanences, Publications,
         PublicFriends, ProfessionalFriends, ReceivedSolicitations, InitiatedSolicitations, NewParticipants, Events, EventHours,
         AttendanceRows, PresentRows, Secret, InComparison];
}

/// <summary>One label of a solicitation distribution for one scope and territory (<c>agg.indicator_category</c>).</summary>
public sealed record AggregateCategory(int ScopeKey, string Territory, int CategoryKey, string Distribution, string Category, int Amount)
{
    public object?[] Values() => [ScopeKey, Territory, CategoryKey, Distribution, Category, Amount];
}

/// <summary>Everything the indicator aggregate holds after one rebuild.</summary>
public sealed record AggregateSnapshot(IReadOnlyList<AggregateScope> Scopes, IReadOnlyList<AggregateValue> Values, IReadOnlyList<AggregateCategory> Categories);

/// <summary>
/// The tables of the indicator aggregate (schema <c>agg</c>) and their columns in the order of
/// <c>sql/sqlserver/Tables/agg.*.sql</c> and <c>sql/duckdb/schema/005_power_bi.sql</c> (a test compares them).
/// The aggregate is rebuilt whole, in one transaction: emptied (<c>aggregates/clear.sql</c>), then written in bulk
/// (DuckDB's appender; SqlBulkCopy on SQL Server). Readers never see it half written.
/// </summary>
public static class AggregateTables
{
    public const string Scope = "agg.indicator_scope";
    public const string Value = "agg.indicator_value";
    public const string Category = "agg.indicator_category";

    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Scope] = ["scope_key", "period_kind", "period_kind_name", "period_code", "period_name", "first_month_key", "last_month_key", "calendar_year",
                   "month_number", "label", "label_name", "population", "population_name", "previous_scope_key", "seuil", "computed_at"],
        [Value] = ["scope_key", "territory", "promeneurs", "expected_months", "submitted_months", "online_hours", "offline_hours", "permanences",
                   "publications", "public_friends", "professional_friends", "received_solicitations", "initiated_solicitations", "new_participants",
                   "events", "event_hours", "attendance_rows", "present_rows", "secret", "in_comparison"],
        [Category] = ["scope_key", "territory", "category_key", "distribution", "category", "amount"],
    };

    /// <summary>The first and last calendar years that hold data (null when none): the years the aggregate covers.</summary>
    public static (int First, int Last)? DataYears(WarehouseSession session)
    {
        var years = session.QuerySingleOrDefault<YearRange>("aggregates/data_years.sql");
        return years?.FirstYear is int first && years.LastYear is int last ? (first, last) : null;
    }

    /// <summary>Replaces the whole aggregate by <paramref name="snapshot"/> in one transaction.</summary>
    public static void Replace(WarehouseSession session, AggregateSnapshot snapshot, IBulkCopier? copier = null, int batchSize = 5_000)
    {
        using var tx = session.Begin();
        session.Execute("aggregates/clear.sql", null, tx);
        Write(session, tx, copier, batchSize, Scope, snapshot.Scopes.Select(s => s.Values()));
        Write(session, tx, copier, batchSize, Value, snapshot.Values.Select(v => v.Values()));
        Write(session, tx, copier, batchSize, Category, snapshot.Categories.Select(c => c.Values()));
        tx.Commit();
    }

    private static void Write(WarehouseSession session, System.Data.Common.DbTransaction tx, IBulkCopier? copier, int batchSize, string table, IEnumerable<object?[]> rows)
    {
        if (session.Location.Engine == WarehouseEngine.SqlServer)
        {
            var bulk = copier ?? new SqlServerBulkCopier();
            var number = 0;
            foreach (var batch in rows.Chunk(batchSize))
                bulk.Copy(session.Connection, tx, new StagingBatch(table, Columns[table], batch, ++number));
            return;
        }
        var parts = table.Split('.');
        session.BulkInsert(parts[0], parts[1], rows);
    }

    private sealed record YearRange(int? FirstYear, int? LastYear);
}
