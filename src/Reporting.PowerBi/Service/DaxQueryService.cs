using System.Text.Json.Nodes;

namespace Reporting.PowerBi.Service;

/// <summary>
/// DAX queries through the REST API (POST …/executeQueries: one query per call, results[0].tables[0].rows keyed
/// <c>Table[Column]</c> or <c>[Name]</c>). A model with row-level security refuses a service principal: the call goes with a
/// user's token and <c>impersonatedUserName</c>, the account whose rights the query takes. A 200 can still carry an
/// <c>error</c> object (the whole call, or one query): it is reported like a failed call.
/// </summary>
public sealed class DaxQueryService(ServiceConnection connection)
{
    private PowerBiSettings S => connection.Settings;

    public async Task<IReadOnlyList<JsonObject>> Rows(string dax, string? impersonatedUserName)
    {
        var uri = new Uri(S.PowerBiApi, $"groups/{S.Workspace}/datasets/{S.Dataset}/executeQueries");
        object body = impersonatedUserName is null
            ? new { queries = new[] { new { query = dax } }, serializerSettings = new { includeNulls = true } }
            : new { queries = new[] { new { query = dax } }, serializerSettings = new { includeNulls = true }, impersonatedUserName };
        var response = await connection.Send(() => ServiceConnection.Json(HttpMethod.Post, uri, body), PowerBiSettings.DatasetReadScope, asUser: true);
        var json = await ServiceConnection.Read(response, "La requête DAX est refusée");
        var error = json?["error"] ?? json?["results"]?[0]?["error"];
        if (error is not null)
            throw new PowerBiException($"La requête DAX a échoué dans le service : {error["code"]} — {error["message"]}");
        return (json?["results"]?[0]?["tables"]?[0]?["rows"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
    }
}
