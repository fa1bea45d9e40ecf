using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Reporting.PowerBi.Service;

/// <summary>How a refresh ended.</summary>
public sealed record RefreshOutcome(bool Completed, string Message);

/// <summary>
/// « reporting powerbi rafraichir »: asks the service to refresh the semantic model (POST …/refreshes → 202), then looks
/// at the last refresh (GET …/refreshes?$top=1) until it is Completed or Failed (Unknown: still running). On shared
/// capacity a model may be refreshed 8 times a day, scheduled refreshes included: the history of the last 24 hours is
/// counted first and a refresh that would exceed the limit is not asked for.
/// </summary>
public sealed class RefreshService(ServiceConnection connection, Action<string> say)
{
    private PowerBiSettings S => connection.Settings;

    private Uri Refreshes(string query = "") => new(S.PowerBiApi, $"groups/{S.Workspace}/datasets/{S.Dataset}/refreshes{query}");

    public async Task<RefreshOutcome> Run()
    {
        var history = await History(60);
        if (history.FirstOrDefault() is { Status: "Unknown" } running)
            return new RefreshOutcome(false, $"Une actualisation est déjà en cours (démarrée le {Local(running.Start)}) : attendez qu'elle se termine avant d'en demander une autre.");
        if (S.RefreshesPerDay > 0)
        {
            var since = connection.Now.AddDays(-1);
            var lastDay = history.Where(h => h.Start is { } start && start > since).ToList();
            if (lastDay.Count >= S.RefreshesPerDay)
            {
                var next = lastDay.Min(h => h.Start)!.Value.AddDays(1);
                return new RefreshOutcome(false,
                    $"Actualisation non demandée : {lastDay.Count} actualisations ont déjà eu lieu ces dernières 24 heures (planifiées comprises), " +
                    $"et une capacité partagée (Pro) n'en permet que {S.RefreshesPerDay} par jour. La prochaine sera possible le {Local(next)}. " +
                    "Sur une capacité Premium ou Fabric, mettez PowerBi:ActualisationsParJour à 0.");
            }
            say($"Actualisations des dernières 24 heures : {lastDay.Count} sur {S.RefreshesPerDay} permises.");
        }

        var started = await connection.Send(() => ServiceConnection.Json(HttpMethod.Post, Refreshes(), new { notifyOption = "NoNotification" }), PowerBiSettings.PowerBiScope);
        if (started.StatusCode != HttpStatusCode.Accepted)
            await ServiceConnection.Read(started, "La demande d'actualisation est refusée");
        say("Actualisation demandée au service Power BI ; suivi jusqu'à la fin…");

        var deadline = connection.Now + S.Timeout;
        while (true)
        {
            var last = (await History(1)).FirstOrDefault();
            switch (last?.Status)
            {
                case "Completed":
                    return new RefreshOutcome(true, $"Actualisation terminée : démarrée le {Local(last.Start)}, finie le {Local(last.End)}.");
                case "Failed":
                case "Cancelled":
                case "Disabled":
                    return new RefreshOutcome(false, $"L'actualisation a échoué ({Status(last.Status)}) : {last.Error ?? "le service ne donne pas de raison"}.");
            }
            if (connection.Now > deadline)
                return new RefreshOutcome(false, $"L'actualisation n'est pas terminée après {S.Timeout.TotalMinutes:0} minutes ; elle continue dans le service : relancez « reporting powerbi rafraichir » plus tard pour voir son état.");
            await connection.Wait(TimeSpan.FromSeconds(S.PollSeconds));
        }
    }

    private sealed record Entry(string? Status, DateTimeOffset? Start, DateTimeOffset? End, string? Error);

    private async Task<List<Entry>> History(int top)
    {
        var response = await connection.Send(() => new HttpRequestMessage(HttpMethod.Get, Refreshes($"?$top={top}")), PowerBiSettings.PowerBiScope);
        var json = await ServiceConnection.Read(response, "Lecture de l'historique des actualisations impossible");
        return (json?["value"]?.AsArray() ?? []).Select(v => new Entry(
            v?["status"]?.GetValue<string>(), Date(v?["startTime"]), Date(v?["endTime"]), Error(v?["serviceExceptionJson"]?.GetValue<string>()))).ToList();
    }

    private static DateTimeOffset? Date(JsonNode? node) =>
        node?.GetValue<string>() is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static string? Error(string? serviceException)
    {
        if (string.IsNullOrWhiteSpace(serviceException)) return null;
        try
        {
            var json = JsonNode.Parse(serviceException);
            return string.Join(" — ", new[] { json?["errorCode"]?.ToString(), json?["errorDescription"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));
        }
        catch (System.Text.Json.JsonException)
        {
            return serviceException;
        }
    }

    private static string Status(string? status) => status switch { "Cancelled" => "annulée", "Disabled" => "désactivée", _ => "échec" };

    private static string Local(DateTimeOffset? d) => d is { } v ? v.ToString("dd/MM/yyyy 'à' HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR")) : "(date inconnue)";
}
