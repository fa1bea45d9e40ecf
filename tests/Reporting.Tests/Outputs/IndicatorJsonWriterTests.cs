using System.Text.Json;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;

namespace Reporting.Tests.Outputs;

/// <summary>The JSON contract of <c>reporting indicateurs</c> (INDICATORS.md), on amounts built by hand.</summary>
public sealed class IndicatorJsonWriterTests
{
    private static readonly string[] ScopeKeys = ["territoire", "periode", "label", "population"];

    private static IndicatorAmounts Amounts(decimal promeneurs, decimal attendus, decimal transmis, decimal enLigne)
    {
        var a = new IndicatorAmounts();
        a.Add("promeneurs", "", promeneurs);
        a.Add("mois_attendus", "", attendus);
        a.Add("mois_transmis", "", transmis);
        a.Add("heures_en_ligne", "", enLigne);
        a.Add("heures_hors_ligne", "", 1.5m);
        a.Add("sens", "Reçue", 3);
        a.Add("modalites", "Message privé", 3);
        return a;
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_departmental_result_prints_the_scope_then_every_indicator_in_catalog_order()
    {
        // 3 promeneurs, 26 mois attendus, 11 transmis, 10,000000 h en ligne (DuckDB's DECIMAL scale).
        var scope = new Scope("50", Period.Months(2019, 1, 2019, 6), "Parentalité", Population.PeriodeComplete);
        var result = new IndicatorResult(scope, new IndicatorSet("50", Amounts(3, 26, 11, 10.000000m)), [], 5);

        var json = Parse(IndicatorJsonWriter.Write(result));

        Assert.Equal([.. ScopeKeys, .. IndicatorCatalog.All.Select(d => d.Key), .. NetworkIndicators.Keys], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("50", json.GetProperty("territoire").GetString());
        Assert.Equal("2019-01..2019-06", json.GetProperty("periode").GetString());
        Assert.Equal("Parentalité", json.GetProperty("label").GetString());
        Assert.Equal("periode-complete", json.GetProperty("population").GetString());
        Assert.Equal("3", json.GetProperty("promeneurs").GetRawText()); // counts are integers
        Assert.Equal("10", json.GetProperty("heures_en_ligne").GetRawText()); // trailing zeros of the scale removed
        Assert.Equal(11m / 26m, json.GetProperty("taux_transmission").GetDecimal()); // 0.4230769…, a ratio, not rounded
        Assert.Equal(11.5m / 3m, json.GetProperty("heures_par_promeneur").GetDecimal()); // (10 + 1,5) / 3, not rounded
        var modalites = json.GetProperty("modalites");
        Assert.Equal(Reporting.Domain.Categories.Lists.Modalite.Values, modalites.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, modalites.GetProperty("Message privé").GetInt32());
        Assert.Equal(0, modalites.GetProperty("Autre").GetInt32());
    }

    [Fact]
    public void No_label_is_null()
    {
        var result = new IndicatorResult(new Scope("2A", Period.Year(2019), null, Population.Actifs), new IndicatorSet("2A", new IndicatorAmounts()), [], 5);
        var json = Parse(IndicatorJsonWriter.Write(result));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("label").ValueKind);
        Assert.Equal("actifs", json.GetProperty("population").GetString());
        Assert.Equal(0m, json.GetProperty("taux_transmission").GetDecimal()); // nothing expected
        Assert.False(json.TryGetProperty("departements", out _)); // only national results list départements
    }

    [Fact]
    public void A_secret_departement_keeps_only_territoire_and_promeneurs()
    {
        var shown = new IndicatorSet("14", Amounts(8, 96, 40, 30));
        var hidden = new IndicatorSet("61", Amounts(3, 36, 20, 12)) { Secret = true };
        var total = new IndicatorAmounts();
        total.AddAll(shown.Amounts);
        total.AddAll(hidden.Amounts);
        var result = new IndicatorResult(new Scope(null, Period.Year(2019), null, Population.Actifs), new IndicatorSet("national", total), [shown, hidden], 5);

        var json = Parse(IndicatorJsonWriter.Write(result));

        Assert.Equal("national", json.GetProperty("territoire").GetString());
        Assert.Equal(11, json.GetProperty("promeneurs").GetInt32()); // 8 + 3: the totals include the secret one
        Assert.Equal(42m, json.GetProperty("heures_en_ligne").GetDecimal()); // 30 + 12
        Assert.Equal(5, json.GetProperty("seuil").GetInt32());
        var departements = json.GetProperty("departements").EnumerateArray().ToList();
        Assert.Equal(2, departements.Count);

        Assert.False(departements[0].GetProperty("secret").GetBoolean());
        Assert.Equal(30m, departements[0].GetProperty("heures_en_ligne").GetDecimal());

        var secret = departements[1];
        Assert.Equal("61", secret.GetProperty("territoire").GetString());
        Assert.True(secret.GetProperty("secret").GetBoolean());
        Assert.Equal(3, secret.GetProperty("promeneurs").GetInt32());
        var others = secret.EnumerateObject().Where(p => p.Name is not ("territoire" or "secret" or "promeneurs")).ToList();
        Assert.Equal(IndicatorCatalog.All.Count - 1 + NetworkIndicators.Keys.Count, others.Count);
        Assert.All(others, p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }
}
