using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Reporting.PowerBi.Project;

namespace Reporting.PowerBi.Service;

/// <summary>What « publier » did.</summary>
public sealed record Publication(string ModelId, bool ModelCreated, string ReportId, bool ReportCreated);

/// <summary>
/// « reporting powerbi publier »: the project's semantic model and report, sent to a workspace through the Fabric
/// item-definition API (the model and the report found by name are updated with updateDefinition, otherwise created;
/// each part is a file of the project in base 64). Both calls are long-running operations: 202 with Location and
/// Retry-After, polled until Succeeded or Failed. The report is bound to the model by connection (the API refuses a
/// relative path). Then the model's M parameters Serveur and Base are set (Power BI's Default.UpdateParameters).
/// </summary>
public sealed class Publisher(ServiceConnection connection, Action<string> say)
{
    private PowerBiSettings S => connection.Settings;

    public async Task<Publication> Publish(PbipProject project, string server, string database)
    {
        var model = Parts(project, PbipProject.SemanticModelFolder);
        var (modelId, modelCreated) = await Upsert("semanticModels", S.ModelName, model, "le modèle sémantique");
        var report = Parts(project, PbipProject.ReportFolder, ReportReference(modelId));
        var (reportId, reportCreated) = await Upsert("reports", S.ReportName, report, "le rapport");

        var parameters = new Uri(S.PowerBiApi, $"groups/{S.Workspace}/datasets/{modelId}/Default.UpdateParameters");
        var body = new { updateDetails = new[] { new { name = "Serveur", newValue = server }, new { name = "Base", newValue = database } } };
        await ServiceConnection.Read(await connection.Send(() => ServiceConnection.Json(HttpMethod.Post, parameters, body), PowerBiSettings.PowerBiScope),
            "Les paramètres Serveur et Base n'ont pas pu être changés");
        say($"Paramètres du modèle : Serveur = {server}, Base = {database}.");
        return new Publication(modelId, modelCreated, reportId, reportCreated);
    }

    /// <summary>The parts of an item's definition: every file under its folder, by its path inside the folder, in base 64.</summary>
    public static List<object> Parts(PbipProject project, string folder, string? definitionPbir = null) =>
        project.Files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(f => (Path: f.Key[(folder.Length + 1)..], Text: f.Key == folder + "/definition.pbir" && definitionPbir is not null ? definitionPbir : f.Value))
            .Select(f => (object)new { path = f.Path, payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(f.Text)), payloadType = "InlineBase64" })
            .ToList();

    /// <summary>definition.pbir bound to the published model (the form Power BI Desktop writes for a live connection).</summary>
    public string ReportReference(string modelId) => new JsonObject
    {
        ["$schema"] = "https://developer.microsoft.com/json-schemas/fabric/item/report/definitionProperties/2.0.0/schema.json",
        ["version"] = "4.0",
        ["datasetReference"] = new JsonObject
        {
            ["byConnection"] = new JsonObject
            {
                ["connectionString"] = $"Data Source=\"powerbi://api.powerbi.com/v1.0/myorg/{S.Workspace}\";initial catalog=\"{S.ModelName}\";integrated security=ClaimsToken;semanticmodelid={modelId}",
            },
        },
    }.ToJsonString();

    private async Task<(string Id, bool Created)> Upsert(string collection, string name, List<object> parts, string what)
    {
        var items = new Uri(S.FabricApi, $"workspaces/{S.Workspace}/{collection}");
        var list = await ServiceConnection.Read(await connection.Send(() => new HttpRequestMessage(HttpMethod.Get, items), PowerBiSettings.FabricScope),
            $"La liste des éléments de l'espace de travail {S.Workspace} est illisible");
        var existing = (list?["value"]?.AsArray() ?? []).FirstOrDefault(i => i?["displayName"]?.GetValue<string>() == name)?["id"]?.GetValue<string>();
        if (existing is not null)
        {
            say($"Mise à jour de {what} « {name} » ({existing})…");
            var update = new Uri(S.FabricApi, $"workspaces/{S.Workspace}/{collection}/{existing}/updateDefinition");
            await LongRunning(await connection.Send(() => ServiceConnection.Json(HttpMethod.Post, update, new { definition = new { parts } }), PowerBiSettings.FabricScope), what, wantResult: false);
            return (existing, false);
        }
        say($"Création de {what} « {name} »…");
        var created = await LongRunning(await connection.Send(() => ServiceConnection.Json(HttpMethod.Post, items,
            new { displayName = name, description = "PdN Reporting : tableau de bord départemental et comparaison nationale des Promeneurs du Net.", definition = new { parts } }),
            PowerBiSettings.FabricScope), what, wantResult: true);
        return (created?["id"]?.GetValue<string>() ?? throw new PowerBiException($"Le service n'a pas donné l'identifiant de {what} créé."), true);
    }

    /// <summary>
    /// A Fabric long-running operation: 200/201 is done (the body is the result); 202 gives Location (the operation's
    /// state) and Retry-After; the state is polled until Succeeded (then its result, if any) or Failed (its error).
    /// </summary>
    private async Task<JsonNode?> LongRunning(HttpResponseMessage response, string what, bool wantResult)
    {
        if (response.StatusCode != HttpStatusCode.Accepted) return await ServiceConnection.Read(response, $"Le service refuse {what}");
        var deadline = connection.Now + S.Timeout;
        var location = response.Headers.Location ?? throw new PowerBiException($"Le service accepte {what} sans dire où suivre l'opération (en-tête Location absent).");
        var wait = ServiceConnection.RetryAfter(response, connection.Now) ?? TimeSpan.FromSeconds(S.PollSeconds);
        while (true)
        {
            await connection.Wait(wait);
            var state = await connection.Send(() => new HttpRequestMessage(HttpMethod.Get, location), PowerBiSettings.FabricScope);
            var json = await ServiceConnection.Read(state, $"Le suivi de l'opération sur {what} est impossible");
            var status = json?["status"]?.GetValue<string>();
            if (status == "Succeeded")
            {
                if (!wantResult) return json;
                if (state.Headers.Location is { } result && result != location)
                    return await ServiceConnection.Read(await connection.Send(() => new HttpRequestMessage(HttpMethod.Get, result), PowerBiSettings.FabricScope), $"Le résultat de l'opération sur {what} est illisible");
                return await ServiceConnection.Read(await connection.Send(() => new HttpRequestMessage(HttpMethod.Get, new Uri(location + "/result")), PowerBiSettings.FabricScope), $"Le résultat de l'opération sur {what} est illisible");
            }
            if (status == "Failed")
                throw new PowerBiException($"Le service n'a pas pu enregistrer {what} : {json?["error"]?["errorCode"]} — {json?["error"]?["message"]}");
            if (connection.Now > deadline) throw new PowerBiException($"L'opération sur {what} n'est pas terminée après {S.Timeout.TotalMinutes:0} minutes.");
            wait = ServiceConnection.RetryAfter(state, connection.Now) ?? TimeSpan.FromSeconds(S.PollSeconds);
            if (json?["percentComplete"] is { } percent) say($"  … {percent} %");
        }
    }
}
