using Microsoft.Extensions.Logging;
using Reporting.PowerBi.Service;

namespace Reporting.Service.PowerBi;

/// <summary>
/// The service's Power BI refresh: the client of « reporting powerbi rafraichir » (<see cref="RefreshService"/>: the
/// daily limit of a shared capacity respected, the refresh followed until it ends). Every failure — incomplete
/// configuration, refused token, service error, unreachable service — becomes a French result, never an exception,
/// so the service goes on with its next tick.
/// </summary>
public sealed class PowerBiServiceRefresh(PowerBiSettings settings, PowerBiTransport transport, ILogger<PowerBiServiceRefresh> logger) : IPowerBiRefresh
{
    public async Task<PowerBiRefreshResult> RefreshAsync(CancellationToken cancellationToken)
    {
        var missing = settings.Missing(secret: true, dataset: true);
        if (missing.Count > 0)
            return new PowerBiRefreshResult(false, $"Configuration Power BI incomplète : {string.Join(", ", missing)} manquant(s). Voir le README, section « Power BI ».");
        var connection = new ServiceConnection(settings, transport, line => logger.LogInformation("Power BI : {Message}", line));
        var run = new RefreshService(connection, line => logger.LogInformation("Power BI : {Message}", line)).Run();
        try
        {
            var outcome = await run.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new PowerBiRefreshResult(outcome.Completed, outcome.Message);
        }
        catch (PowerBiException ex)
        {
            return new PowerBiRefreshResult(false, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return new PowerBiRefreshResult(false, $"Le service Power BI est injoignable : {ex.Message}");
        }
        finally
        {
            // A stop does not wait for the service's refresh (it goes on there); the connection is closed when it ends.
            if (run.IsCompleted) connection.Dispose();
            else _ = run.ContinueWith(_ => connection.Dispose(), TaskScheduler.Default);
        }
    }
}
