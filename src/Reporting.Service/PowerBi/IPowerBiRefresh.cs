namespace Reporting.Service.PowerBi;

/// <summary>How a Power BI refresh ended, in French.</summary>
public sealed record PowerBiRefreshResult(bool Completed, string Message);

/// <summary>
/// The extension point through which the service refreshes the Power BI dataset after an ingest that changed
/// rows (README, « Service planifié », Power BI). The service calls it only when a <c>PowerBi</c> configuration
/// section exists and an implementation is registered (<see cref="ServiceHost.Create"/>'s <c>configureServices</c>):
/// the client of <c>reporting powerbi rafraichir</c>. The refresh runs after the warehouse is released; its failure
/// is the refresh's own (shown by <c>reporting etat</c>), never the ingest's.
/// </summary>
public interface IPowerBiRefresh
{
    /// <summary>Triggers a refresh and waits for its outcome (the daily limit of the capacity is the client's to respect).</summary>
    Task<PowerBiRefreshResult> RefreshAsync(CancellationToken cancellationToken);
}
