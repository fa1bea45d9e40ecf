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
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
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
