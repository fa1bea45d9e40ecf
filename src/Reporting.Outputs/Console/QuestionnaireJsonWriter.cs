using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Console;

/// <summary>
/// The JSON contract of <c>reporting questionnaire</c> (INDICATORS.md, "Questionnaire results"):
/// <c>code</c>, <c>intitule</c>, <c>reponses</c> (respondents), then <c>questions</c>, each with
/// <c>code</c>, <c>libelle</c>, <c>type</c> and, by type, <c>modalites</c> (every defined option),
/// <c>moyenne</c>/<c>min</c>/<c>max</c> (+ <c>repartition</c> for a scale, every value of its range)
/// or <c>textes</c>. Averages are unrounded. Free texts are written (<c>citations</c>) only when asked for,
/// as JSON strings, exactly as typed.
/// </summary>
public static class QuestionnaireJsonWriter
{
    public static string Write(QuestionnaireResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("code", result.Code);
            json.WriteString("intitule", result.Intitule);
            json.WriteNumber("reponses", result.Reponses);
            json.WriteStartArray("questions");
            foreach (var q in result.Questions)
            {
                json.WriteStartObject();
                json.WriteString("code", q.Code);
                json.WriteString("libelle", q.Libelle);
                json.WriteString("type", q.Type);
                if (q.Modalites is not null)
                {
                    json.WriteStartObject("modalites");
                    foreach (var (option, count) in q.Modalites) json.WriteNumber(option, count);
                    json.WriteEndObject();
                }
                if (q.IsNumeric)
                {
                    Number(json, "moyenne", q.Moyenne);
                    Number(json, "min", q.Min);
                    Number(json, "max", q.Max);
                }
                if (q.Repartition is not null)
                {
                    json.WriteStartObject("repartition");
                    foreach (var (value, count) in q.Repartition) json.WriteNumber(value.ToString(CultureInfo.InvariantCulture), count);
                    json.WriteEndObject();
                }
                if (q.Textes is int textes) json.WriteNumber("textes", textes);
                if (q.Citations is not null)
                {
                    json.WriteStartArray("citations");
                    foreach (var text in q.Citations) json.WriteStringValue(text);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string key, decimal? value)
    {
        if (value is decimal v) json.WriteNumber(key, FrenchFormat.Normalize(v));
        else json.WriteNull(key);
    }
}
