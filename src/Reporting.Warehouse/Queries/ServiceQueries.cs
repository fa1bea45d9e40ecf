using Reporting.Domain.Contracts;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;

namespace Reporting.Warehouse.Queries;

/// <summary>A département and the data mark of its annexes (<c>queries/service_data_marks.sql</c>).</summary>
public sealed record DepartementMark(string DepartementCode, int DataMark);

/// <summary>One ingestion run of <c>etl.run</c>.</summary>
public sealed record RunSummary(
    int RunKey, DateTime StartedAt, DateTime? FinishedAt, int FilesSeen, int FilesLoaded, int FilesSkipped,
    int FilesQuarantined, int RowsLoaded, int RowsRejected, string Status);

/// <summary>
/// What the scheduled service asks the warehouse: which départements have data, whether the data behind an
/// annex changed since it was written, the last runs. Derived from the load audit only, so nothing depends
/// on the scheduler's job store.
/// </summary>
public sealed class ServiceQueries(WarehouseSession session)
{
    /// <summary>Départements with at least one tracking workbook of <paramref name="year"/> loaded.</summary>
    public IReadOnlyList<string> DepartementsWithData(int year) =>
        session.Query<string>("queries/service_departements.sql",
            new { year = (short)year, kind = InputContract.Describe(InputKind.TrackingWorkbook), status = FileStatus.Loaded }).ToList();

    /// <summary>The data mark of every département for annexes that read the years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public IReadOnlyDictionary<string, int> DataMarks(int firstYear, int lastYear) =>
        session.Query<DepartementMark>("queries/service_data_marks.sql",
                new { first_year = (short)firstYear, last_year = (short)lastYear, status = FileStatus.Loaded })
            .ToDictionary(m => m.DepartementCode, m => m.DataMark, StringComparer.Ordinal);

    /// <summary>The last <paramref name="count"/> runs, newest first.</summary>
    public IReadOnlyList<RunSummary> LastRuns(int count) =>
        session.Query<RunSummary>("queries/service_last_runs.sql", new { count }).ToList();
}
