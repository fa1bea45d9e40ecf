namespace Reporting.Service.PowerBi;

/// <summary>
/// The extension point through which the service refreshes the Power BI dataset after an ingest that changed
/// rows (README, « Service planifié », Power BI). The host calls it only when a <c>PowerBi</c> configuration section
/// exists and an implementation is registered (<see cref="ServiceHost.Create"/>'s <c>configureServices</c>): the
/// same client as <c>reporting powerbi rafraichir</c>. The refresh runs after the warehouse is released; its failure
/// is the refresh's own (shown by <c>reporting etat</c>), never the ingest's.
/// </summary>
public interface IPowerBiRefresh
{
    /// <summary>Triggers a refresh and waits for its outcome; returns a French sentence saying how it ended.</summary>
    Task<string> RefreshAsync(CancellationToken cancellationToken);
}
