using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.PowerBi.Project;
using Reporting.Tests.Indicators;
using static Reporting.Tests.PowerBi.FakePowerBiService;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// « reporting powerbi rafraichir | publier | rapprocher » against a fake of Microsoft Entra, Power BI and Fabric that
/// follows their documented contracts (token endpoint, 202 then polling, Retry-After, 200 with an error object, 401,
/// 404, 429). MSAL runs for real against the fake token endpoint.
/// </summary>
public sealed class PowerBiCommandTests
{
    private const string History60 = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes?$top=60";
    private const string History1 = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes?$top=1";
    private const string Refreshes = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes";

    private static HttpResponseMessage Refresh(params (string Status, DateTimeOffset Start)[] entries) => Json(HttpStatusCode.OK, new JsonObject
    {
        ["value"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
        {
            ["refreshType"] = "ViaApi", ["status"] = e.Status, ["startTime"] = e.Start.ToString("o"),
            ["endTime"] = e.Status == "Unknown" ? null : e.Start.AddMinutes(3).ToString("o"),
        }).ToArray()),
    });

    [Fact]
    public void Rafraichir_asks_for_a_refresh_waits_as_told_by_Retry_After_and_follows_it_until_Completed()
    {
        var fake = new FakePowerBiService();
        var now = fake.Clock.GetUtcNow();
        fake.Route(HttpMethod.Get, History60, _ => Refresh(("Completed", now.AddHours(-2)), ("Completed", now.AddHours(-30))));
        fake.Route(HttpMethod.Post, Refreshes,
            _ => Json(HttpStatusCode.TooManyRequests, new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests" } }, ("Retry-After", "7")),
            _ => Json(HttpStatusCode.Accepted, null, ("Location", Refreshes + "/r1"), ("RequestId", "r1")));
        fake.Route(HttpMethod.Get, History1, _ => Refresh(("Unknown", now)), _ => Refresh(("Unknown", now)), _ => Refresh(("Completed", now)));
        var cli = fake.Cli();

        var code = cli.Run("powerbi", "rafraichir");

        Assert.True(code == 0, cli.ToString());
        Assert.Contains("Actualisations des dernières 24 heures : 1 sur 8 permises.", cli.Console, StringComparison.Ordinal);
        Assert.Contains("nouvel essai dans 7 s", cli.Console, StringComparison.Ordinal);
        Assert.Contains("Actualisation terminée", cli.Console, StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)], fake.Clock.Waits);
        Assert.Equal(2, fake.Count(HttpMethod.Post, "/refreshes"));
        var refresh = fake.Requests.Last(r => r.Method == HttpMethod.Post && r.Uri == Refreshes);
        Assert.Equal("{\"notifyOption\":\"NoNotification\"}", refresh.Body);
        // MSAL asked the tenant's token endpoint for the Power BI scope with the client credentials, and the secret is never shown.
        var token = fake.Requests.First(r => r.Uri.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.Contains("grant_type=client_credentials", token.Body, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(Reporting.PowerBi.Service.PowerBiSettings.PowerBiScope), token.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, cli.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Version(4, 92, 0, 0), typeof(Microsoft.Identity.Client.ConfidentialClientApplication).Assembly.GetName().Version);
    }

    [Fact]
    public void Rafraichir_respects_the_eight_refreshes_a_day_of_shared_capacity_and_says_when_the_next_is_possible()
    {
        var fake = new FakePowerBiService();
        var now = fake.Clock.GetUtcNow();
        fake.Route(HttpMethod.Get, History60, _ => Refresh(Enumerable.Range(1, 8).Select(h => ("Completed", now.AddHours(-h * 2))).ToArray()));
        var cli = fake.Cli();

        var code = cli.Run("powerbi", "rafraichir");

        Assert.Equal(1, code);
        Assert.Contains("8 actualisations ont déjà eu lieu ces dernières 24 heures (planifiées comprises), et une capacité partagée (Pro) n'en permet que 8 par jour.", cli.Error, StringComparison.Ordinal);
        Assert.Contains("La prochaine sera possible le 02/12/2026 à 16:00 UTC.", cli.Error, StringComparison.Ordinal); // the oldest of the 8 was 16 hours ago
        Assert.Equal(0, fake.Count(HttpMethod.Post, "/refreshes"));
    }

    [Fact]
    public void Rafraichir_reports_a_failed_refresh_with_the_service_error()
    {
        var fake = new FakePowerBiService();
        var now = fake.Clock.GetUtcNow();
        fake.Route(HttpMethod.Get, History60, _ => Refresh());
        fake.Route(HttpMethod.Post, Refreshes, _ => Json(HttpStatusCode.Accepted, null));
        fake.Route(HttpMethod.Get, History1, _ => Json(HttpStatusCode.OK, new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["status"] = "Failed", ["startTime"] = now.ToString("o"),
                ["serviceExceptionJson"] = "{\"errorCode\":\"ModelRefreshFailed_CredentialsNotSpecified\",\"errorDescription\":\"Les identifiants de la source ne sont pas renseignés.\"}",
            }),
        }));
        var cli = fake.Cli();

        Assert.Equal(1, cli.Run("powerbi", "rafraichir"));
        Assert.Contains("L'actualisation a échoué (échec) : ModelRefreshFailed_CredentialsNotSpecified — Les identifiants de la source ne sont pas renseignés.", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "accès refusé (401)")]
    [InlineData(HttpStatusCode.NotFound, "introuvable (404)")]
    public void Rafraichir_explains_a_refused_call(HttpStatusCode status, string expected)
    {
        var fake = new FakePowerBiService();
        fake.Route(HttpMethod.Get, History60, _ => Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = "PowerBIEntityNotFound", ["message"] = "Not found" } }));
        var cli = fake.Cli();

        Assert.Equal(1, cli.Run("powerbi", "rafraichir"));
        Assert.Contains(expected, cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, cli.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_the_token_endpoint_refuses_is_reported_without_being_printed()
    {
        var fake = new FakePowerBiService { TokenFailure = Json(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }) };
        var cli = fake.Cli();

        Assert.Equal(1, cli.Run("powerbi", "rafraichir"));
        Assert.Contains("Microsoft Entra refuse de délivrer le jeton (invalid_client)", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, cli.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_settings_are_named()
    {
        var cli = new FakePowerBiService().Cli(new() { ["PowerBi:Secret"] = null, ["PowerBi:JeuDeDonnees"] = "" });

        Assert.Equal(1, cli.Run("powerbi", "rafraichir"));
        Assert.Contains("Configuration Power BI incomplète : PowerBi:Secret, PowerBi:JeuDeDonnees manquant(s).", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Publier_creates_the_model_updates_the_report_follows_the_operations_and_sets_the_parameters()
    {
        var fake = new FakePowerBiService();
        const string models = FabricApi + "workspaces/" + Workspace + "/semanticModels";
        const string reports = FabricApi + "workspaces/" + Workspace + "/reports";
        const string operation = FabricApi + "operations/op-1";
        fake.Route(HttpMethod.Get, models, _ => Json(HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray() }));
        fake.Route(HttpMethod.Post, models, _ => Json(HttpStatusCode.Accepted, null, ("Location", operation), ("Retry-After", "3"), ("x-ms-operation-id", "op-1")));
        fake.Route(HttpMethod.Get, operation,
            _ => Json(HttpStatusCode.OK, new JsonObject { ["status"] = "Running", ["percentComplete"] = 40 }, ("Retry-After", "2")),
            _ => Json(HttpStatusCode.OK, new JsonObject { ["status"] = "Succeeded", ["percentComplete"] = 100 }, ("Location", operation + "/result")));
        fake.Route(HttpMethod.Get, operation + "/result", _ => Json(HttpStatusCode.OK, new JsonObject { ["id"] = "model-1", ["displayName"] = "PdN Reporting", ["type"] = "SemanticModel" }));
        fake.Route(HttpMethod.Get, reports, _ => Json(HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = "report-1", ["displayName"] = "PdN Reporting" }) }));
        fake.Route(HttpMethod.Post, reports + "/report-1/updateDefinition", _ => Json(HttpStatusCode.OK, null));
        fake.Route(HttpMethod.Post, PowerBiApi + "groups/" + Workspace + "/datasets/model-1/Default.UpdateParameters", _ => new HttpResponseMessage(HttpStatusCode.OK));
        var cli = fake.Cli();

        var code = cli.Run("powerbi", "publier", "--serveur", "sql.caf.local", "--base", "PdnReporting");

        Assert.True(code == 0, cli.ToString());
        Assert.Contains("Publié : modèle sémantique model-1 (créé), rapport report-1 (mis à jour).", cli.Console, StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)], fake.Clock.Waits);
        var created = JsonNode.Parse(fake.Requests.Single(r => r.Method == HttpMethod.Post && r.Uri == models).Body)!;
        Assert.Equal("PdN Reporting", created["displayName"]!.GetValue<string>());
        var parts = created["definition"]!["parts"]!.AsArray().ToDictionary(p => p!["path"]!.GetValue<string>(), p => Encoding.UTF8.GetString(Convert.FromBase64String(p!["payload"]!.GetValue<string>())));
        Assert.Equal(PbipProject.Embedded.Files["Reporting.SemanticModel/definition/model.tmdl"], parts["definition/model.tmdl"]);
        Assert.Contains("definition.pbism", parts.Keys);
        Assert.Contains("definition/tables/Indicateurs.tmdl", parts.Keys);
        var report = JsonNode.Parse(fake.Requests.Single(r => r.Uri.EndsWith("/updateDefinition", StringComparison.Ordinal)).Body)!["definition"]!["parts"]!.AsArray()
            .Single(p => p!["path"]!.GetValue<string>() == "definition.pbir")!["payload"]!.GetValue<string>();
        Assert.Contains("semanticmodelid=model-1", Encoding.UTF8.GetString(Convert.FromBase64String(report)), StringComparison.Ordinal);
        var parameters = fake.Requests.Single(r => r.Uri.EndsWith("Default.UpdateParameters", StringComparison.Ordinal)).Body;
        Assert.Equal("{\"updateDetails\":[{\"name\":\"Serveur\",\"newValue\":\"sql.caf.local\"},{\"name\":\"Base\",\"newValue\":\"PdnReporting\"}]}", parameters);
        Assert.Contains(fake.Requests, r => r.Uri.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && r.Body.Contains(Uri.EscapeDataString(Reporting.PowerBi.Service.PowerBiSettings.FabricScope), StringComparison.Ordinal));
    }

    [Fact]
    public void Publier_reports_a_failed_operation_with_its_error()
    {
        var fake = new FakePowerBiService();
        const string models = FabricApi + "workspaces/" + Workspace + "/semanticModels";
        fake.Route(HttpMethod.Get, models, _ => Json(HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = "model-1", ["displayName"] = "PdN Reporting" }) }));
        fake.Route(HttpMethod.Post, models + "/model-1/updateDefinition", _ => Json(HttpStatusCode.Accepted, null, ("Location", FabricApi + "operations/op-2"), ("Retry-After", "5")));
        fake.Route(HttpMethod.Get, FabricApi + "operations/op-2", _ => Json(HttpStatusCode.OK, new JsonObject
        {
            ["status"] = "Failed", ["error"] = new JsonObject { ["errorCode"] = "InvalidDefinition", ["message"] = "Table 'Accès' : colonne inconnue." },
        }));
        var cli = fake.Cli();

        Assert.Equal(1, cli.Run("powerbi", "publier", "--serveur", "sql", "--base", "b"));
        Assert.Contains("Le service n'a pas pu enregistrer le modèle sémantique : InvalidDefinition — Table 'Accès' : colonne inconnue.", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Publier_needs_the_SQL_Server_the_model_reads()
    {
        var cli = new FakePowerBiService().Cli();

        Assert.Equal(2, cli.Run("--entrepot", "donnees/x.duckdb", "powerbi", "publier"));
        Assert.Contains("Serveur et base SQL Server du modèle inconnus", cli.Error, StringComparison.Ordinal);
    }

    /// <summary>A fake Power BI that answers each DAX query with the warehouse's figure, except the ones <paramref name="wrong"/> changes.</summary>
    private static void AnswerDax(FakePowerBiService fake, JsonNode warehouse, Func<string, string?, decimal?, decimal?> wrong, bool errorObject = false)
    {
        var model = PbipProject.Embedded.Model();
        fake.Route(HttpMethod.Post, PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/executeQueries", request =>
        {
            if (errorObject)
                return Json(HttpStatusCode.OK, new JsonObject { ["error"] = new JsonObject { ["code"] = "DatasetExecuteQueriesError", ["message"] = "Query (1, 24) The value for 'Promeneurs' cannot be determined." } });
            var body = JsonNode.Parse(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult())!;
            var query = body["queries"]![0]!["query"]!.GetValue<string>();
            var measure = Regex.Match(query, @"(?:CALCULATE\(|""valeur"", )\[(?<m>[^\]]+)\]").Groups["m"].Value;
            var key = model.Measure(measure)!.Indicator!;
            JsonArray rows;
            if (warehouse[key] is JsonObject distribution)
                rows = new JsonArray(distribution.Select(c => (JsonNode)new JsonObject { ["Catégories[Catégorie]"] = c.Key, ["[valeur]"] = wrong(key, c.Key, c.Value!.GetValue<decimal>()) }).ToArray());
            else
                rows = new JsonArray(new JsonObject { ["[valeur]"] = wrong(key, null, warehouse[key]?.GetValue<decimal>()) });
            return Json(HttpStatusCode.OK, new JsonObject { ["results"] = new JsonArray(new JsonObject { ["tables"] = new JsonArray(new JsonObject { ["rows"] = rows }) }) });
        });
    }

    private static JsonNode Warehouse(Support.TestWarehouse w) =>
        JsonNode.Parse(IndicatorJsonWriter.Write(w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs))))!;

    [Fact]
    public void Rapprocher_finds_no_difference_when_every_DAX_query_gives_the_warehouse_figure()
    {
        using var w = NationalData.ThreeDepartements();
        var fake = new FakePowerBiService();
        AnswerDax(fake, Warehouse(w), (_, _, v) => v);
        var cli = fake.Cli();

        var code = cli.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "50", "--periode", "2019", "--utilisateur", "coordination50@caf.test");

        Assert.True(code == 0, cli.ToString());
        Assert.Contains($"Aucun écart : les {IndicatorCatalog.All.Count} indicateurs de Power BI sont ceux de l'entrepôt.", cli.Console, StringComparison.Ordinal);
        var queries = fake.Requests.Where(r => r.Uri.EndsWith("/executeQueries", StringComparison.Ordinal)).ToList();
        Assert.Equal(IndicatorCatalog.All.Count, queries.Count); // one DAX query per indicator
        Assert.All(queries, q => Assert.Equal("coordination50@caf.test", JsonNode.Parse(q.Body)!["impersonatedUserName"]!.GetValue<string>()));
        Assert.Contains("TREATAS({\"50\"}, 'Territoires'[Code])", JsonNode.Parse(queries[0].Body)!["queries"]![0]!["query"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Connexion d'un utilisateur : ouvrez https://login.test/device et saisissez le code CAF-1234", cli.Console, StringComparison.Ordinal);
        Assert.Contains(fake.Requests, r => r.Uri.EndsWith("/oauth2/v2.0/devicecode", StringComparison.Ordinal));
    }

    [Fact]
    public void Rapprocher_takes_the_rights_of_the_first_account_of_the_access_list_for_the_departement()
    {
        using var w = NationalData.ThreeDepartements();
        Support.ReferenceFiles.Csv(w.InDepot("acces.csv"), ["Utilisateur;Département", "zoe@caf50.fr;50", "Bruno@caf50.fr;50", "anne@caf14.fr;14"]);
        w.Load();
        var fake = new FakePowerBiService();
        AnswerDax(fake, Warehouse(w), (_, _, v) => v);
        var cli = fake.Cli();

        Assert.Equal(0, cli.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "50", "--periode", "2019"));
        Assert.Contains("avec les droits de bruno@caf50.fr", cli.Console, StringComparison.Ordinal);
        Assert.All(fake.Requests.Where(r => r.Uri.EndsWith("/executeQueries", StringComparison.Ordinal)),
            q => Assert.Equal("bruno@caf50.fr", JsonNode.Parse(q.Body)!["impersonatedUserName"]!.GetValue<string>()));

        var none = new FakePowerBiService().Cli();
        Assert.Equal(2, none.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "61", "--periode", "2019"));
        Assert.Contains("Aucun compte de la liste d'accès (entrée « acces ») ne voit le département 61", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rapprocher_prints_every_difference_in_French_and_exits_1()
    {
        using var w = NationalData.ThreeDepartements();
        var fake = new FakePowerBiService();
        AnswerDax(fake, Warehouse(w), (key, category, v) => key == "heures_en_ligne" ? v + 1 : key == "modalites" && category == "Message privé" ? null : v);
        var cli = fake.Cli();

        var code = cli.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "50", "--periode", "2019", "--utilisateur", "coordination50@caf.test");

        Assert.Equal(1, code);
        Assert.Contains("2 écart(s) entre Power BI et l'entrepôt :", cli.Console, StringComparison.Ordinal);
        Assert.Contains("heures_en_ligne (Heures en ligne) : Power BI 6, entrepôt 5", cli.Console, StringComparison.Ordinal);
        Assert.Contains("modalites « Message privé » (Modalités de réponse) : Power BI (vide), entrepôt 1", cli.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Rapprocher_reports_a_200_that_carries_an_error_object()
    {
        using var w = NationalData.ThreeDepartements();
        var fake = new FakePowerBiService();
        AnswerDax(fake, Warehouse(w), (_, _, v) => v, errorObject: true);
        var cli = fake.Cli();

        Assert.Equal(1, cli.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "50", "--periode", "2019", "--utilisateur", "u@caf.test"));
        Assert.Contains("La requête DAX a échoué dans le service : DatasetExecuteQueriesError", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rapprocher_refuses_a_period_the_aggregate_does_not_hold()
    {
        using var w = NationalData.ThreeDepartements();
        var cli = new FakePowerBiService().Cli();

        Assert.Equal(2, cli.Run("--entrepot", w.DatabasePath, "powerbi", "rapprocher", "--departement", "50", "--periode", "2019-03..2019-05", "--utilisateur", "u@caf.test"));
        Assert.Contains("n'est pas dans l'agrégat Power BI", cli.Error, StringComparison.Ordinal);
    }
}
