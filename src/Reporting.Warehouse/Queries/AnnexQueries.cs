using Reporting.Domain.Contracts;
using Reporting.Domain.Periods;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;

namespace Reporting.Warehouse.Queries;

/// <summary>A promeneur of a département as its annexes name it (never read by a national output).</summary>
public sealed record PromeneurIdentity(string PromeneurId, string LastName, string FirstName, string Label, string StructureName, string? Job, DateOnly LabelledFrom, DateOnly? LabelledTo)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>A regroupement counted by the indicators of a scope.</summary>
public sealed record EventListing(string Code, DateOnly EventDate, string EventType, string Title, decimal DurationHours, string Audience);

/// <summary>One invited promeneur of a regroupement and the status on the attendance sheet.</summary>
public sealed record AttendanceListing(string EventCode, string PromeneurId, string AttendanceStatus);

/// <summary>A month a promeneur was expected to send and did not.</summary>
public sealed record MissingMonth(string PromeneurId, int MonthKey);

/// <summary>A rejected cell of a tracking workbook in force, with the file's archived copy.</summary>
public sealed record RejectedCell(
    int FileKey, string FileName, string? StoredPath, string PromeneurId, DateTime ProcessedAt,
    string Sheet, int SourceRow, string ColumnName, string CellRef, string? CellValue, string Message);

/// <summary>
/// What the annexes list besides the indicators, read from the reporting views and the load audit
/// (<c>sql/queries/annex_*.sql</c>). No indicator is computed here: every figure of an annex comes
/// from <c>queries/indicators.sql</c>; these rows name and detail what the figures count.
/// </summary>
public sealed class AnnexQueries(WarehouseSession session)
{
    public IReadOnlyList<PromeneurIdentity> Promeneurs(string departement, Period period) =>
        session.Query<PromeneurIdentity>("queries/annex_promeneurs.sql",
            new { departement, first_day = period.FirstDay, last_day = period.LastDay }).ToList();

    public IReadOnlyList<EventListing> Events(string departement, Period period, string? label) =>
        session.Query<EventListing>("queries/annex_events.sql",
            new { departement, first_date_key = period.FirstDateKey, last_date_key = period.LastDateKey, label = label ?? string.Empty }).ToList();

    public IReadOnlyList<AttendanceListing> Attendance(string departement, Period period, string? label) =>
        session.Query<AttendanceListing>("queries/annex_attendance.sql",
            new { departement, first_date_key = period.FirstDateKey, last_date_key = period.LastDateKey, label = label ?? string.Empty }).ToList();

    public IReadOnlyList<MissingMonth> MissingMonths(string departement, Period period) =>
        session.Query<MissingMonth>("queries/annex_missing_months.sql",
            new { departement, first_month = period.FirstMonthKey, last_month = period.LastMonthKey }).ToList();

    public IReadOnlyList<RejectedCell> Rejections(string departement, int year) =>
        session.Query<RejectedCell>("queries/annex_rejections.sql",
            new { departement, year = (short)year, kind = InputContract.Describe(InputKind.TrackingWorkbook), status = FileStatus.Loaded }).ToList();
}
