using System.Text.Encodings.Web;
using System.Text.Json;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Console;

/// <summary>
/// The JSON contract of <c>reporting indicateurs</c> (INDICATORS.md): scope keys, then every indicator of
/// <see cref="IndicatorCatalog"/> in order; counts as integers, sums and ratios unrounded; nationally a
/// <c>departements</c> array where a secret département keeps only <c>territoire</c> and <c>promeneurs</c>.
/// </summary>
public static class IndicatorJsonWriter
{
    public static string Write(IndicatorResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("territoire", result.Total.Territoire);
            json.WriteString("periode", result.Scope.Period.Text);
            if (result.Scope.Label is null) json.WriteNull("label");
            else json.WriteString("label", result.Scope.Label);
            json.WriteString("population", Scope.PopulationText(result.Scope.Population));
            if (result.Scope.IsNational) json.WriteBoolean("secret", result.Total.Secret);
            WriteIndicators(json, result.Total);
            WriteNetwork(json, result.Total, result.Scope.Period, groups: !result.Scope.IsNational);
            if (result.Scope.IsNational)
            {
                json.WriteNumber("seuil", result.Seuil);
                json.WriteStartArray("departements");
                foreach (var d in result.Departements)
                {
                    json.WriteStartObject();
                    json.WriteString("territoire", d.Territoire);
                    json.WriteBoolean("secret", d.Secret);
                    WriteIndicators(json, d);
                    WriteNetwork(json, d, result.Scope.Period, groups: true);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The version 2 keys (<see cref="NetworkIndicators"/>); <c>groupes_locaux</c> only for a département.</summary>
    private static void WriteNetwork(Utf8JsonWriter json, IndicatorSet set, Domain.Periods.Period period, bool groups)
    {
        var reseau = set.Reseau();
        if (reseau is null) json.WriteNull("reseau");
        else
        {
            json.WriteStartObject("reseau");
            json.WriteNumber("documents", (long)reseau.Documents);
            json.WriteNumber("photos", (long)reseau.Photos);
            json.WriteNumber("posts", (long)reseau.Posts);
            json.WriteStartObject("sujets");
            foreach (var (sujet, share) in reseau.Sujets) json.WriteNumber(sujet, FrenchFormat.Normalize(share));
            json.WriteEndObject();
            json.WriteNumber("membres_promeneurs", (long)reseau.MembresPromeneurs);
            json.WriteNumber("membres_autres", (long)reseau.MembresAutres);
            json.WriteEndObject();
        }
        var parcours = set.Parcours(period);
        if (parcours is null) json.WriteNull("parcours");
        else
        {
            json.WriteStartObject("parcours");
            foreach (var step in parcours)
            {
                json.WriteStartObject(step.Etape);
                json.WriteNumber("promeneurs", step.Promeneurs);
                if (step.DelaiMedianJours is decimal d) json.WriteNumber("delai_median_jours", FrenchFormat.Normalize(d));
                else json.WriteNull("delai_median_jours");
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        if (set.ParcoursIncomplets(period) is int incomplete) json.WriteNumber("parcours_incomplets", incomplete);
        else json.WriteNull("parcours_incomplets");
        if (!groups) return;
        var groupes = set.GroupesLocaux(period);
        if (groupes is null)
        {
            json.WriteNull("groupes_locaux");
            return;
        }
        json.WriteStartArray("groupes_locaux");
        foreach (var g in groupes)
        {
            json.WriteStartObject();
            json.WriteString("groupe", g.Groupe);
            json.WriteNumber("membres", g.Membres);
            json.WriteNumber("rencontres", g.Rencontres);
            json.WriteNumber("heures", FrenchFormat.Normalize(g.Heures));
            json.WriteNumber("taux_presence", FrenchFormat.Normalize(g.TauxPresence));
            json.WriteBoolean("effectif_depasse", g.EffectifDepasse);
            if (g.ObjectifAnnuelAtteint is bool met) json.WriteBoolean("objectif_annuel_atteint", met);
            else json.WriteNull("objectif_annuel_atteint");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteIndicators(Utf8JsonWriter json, IndicatorSet set)
    {
        foreach (var definition in IndicatorCatalog.All)
        {
            if (definition.Kind == IndicatorKind.Distribution)
            {
                var distribution = set.Distribution(definition);
                if (distribution is null)
                {
                    json.WriteNull(definition.Key);
                    continue;
                }
                json.WriteStartObject(definition.Key);
                foreach (var (label, count) in distribution) json.WriteNumber(label, (long)count);
                json.WriteEndObject();
                continue;
            }
            var value = set.Value(definition);
            if (value is null) json.WriteNull(definition.Key);
            else if (definition.Kind == IndicatorKind.Count) json.WriteNumber(definition.Key, (long)value.Value);
            else json.WriteNumber(definition.Key, FrenchFormat.Normalize(value.Value));
        }
    }
}
