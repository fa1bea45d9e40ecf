using System.Data.Common;
using Reporting.Indicators.Aggregates;
using Reporting.Pipeline.Ingestion;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;

namespace Reporting.Pipeline.Aggregates;

/// <summary>The outcome of a rebuild of the indicator aggregate: its summary, or the French reason it failed.</summary>
public sealed record AggregateOutcome(AggregateSummary? Summary, string? Error);

/// <summary>
/// When the indicator aggregate Power BI imports is rebuilt (etl/REGLES.md, « Power BI »): at the end of every load
/// that loaded a file (« reporting charger », and the scheduled service, which runs the same load), and on demand
/// (« reporting powerbi preparer »). A load that only skipped or quarantined files changes no row and keeps it.
/// </summary>
public static class AggregateRefresh
{
    /// <summary>Rebuilds the aggregate when the load changed rows; null when it did not.</summary>
    public static AggregateOutcome? AfterLoad(WarehouseSession session, IngestionReport report, TimeProvider clock, int seuil) =>
        report.Count(FileStatus.Loaded) == 0 ? null : Run(session, clock, seuil);

    /// <summary>Rebuilds the aggregate. A database failure is reported in French, never thrown: the load itself is committed.</summary>
    public static AggregateOutcome Run(WarehouseSession session, TimeProvider clock, int seuil)
    {
        try
        {
            return new AggregateOutcome(IndicatorAggregate.Rebuild(session, clock, seuil), null);
        }
        catch (DbException ex)
        {
            // A full disk is said in French like everywhere else; the engine's English text says nothing actionable.
            var reason = StorageErrors.IsFull(ex) ? StorageErrors.Describe(ex) : ex.Message;
            return new AggregateOutcome(null, $"l'agrégat des indicateurs lu par Power BI n'a pas pu être recalculé ({reason}) ; les fichiers chargés le restent. Relancez « reporting powerbi preparer ».");
        }
    }
}
