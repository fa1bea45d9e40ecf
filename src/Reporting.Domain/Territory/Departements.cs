using Reporting.Domain.Text;

namespace Reporting.Domain.Territory;

/// <summary>A département: INSEE code (always text), name and region.</summary>
public sealed record Departement(string Code, string Nom, string Region);

/// <summary>The 101 départements, built in (INPUTS.md §2). An unknown code is an error.</summary>
public static class Departements
{
    public static readonly IReadOnlyList<Departement> All =
    [
        new("01", "Ain", "Auvergne-Rhône-Alpes"),
        new("02", "Aisne", "Hauts-de-France"),
        new("03", "Allier", "Auvergne-Rhône-Alpes"),
        new("04", "Alpes-de-Haute-Provence", "Provence-Alpes-Côte d'Azur"),
        new("05", "Hautes-Alpes", "Provence-Alpes-Côte d'Azur"),
        new("06", "Alpes-Maritimes", "Provence-Alpes-Côte d'Azur"),
        new("07", "Ardèche", "Auvergne-Rhône-Alpes"),
        new("08", "Ardennes", "Grand Est"),
        new("09", "Ariège", "Occitanie"),
        new("10", "Aube", "Grand Est"),
        new("11", "Aude", "Occitanie"),
        new("12", "Aveyron", "Occitanie"),
        new("13", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur"),
        new("14", "Calvados", "Normandie"),
        new("15", "Cantal", "Auvergne-Rhône-Alpes"),
        new("16", "Charente", "Nouvelle-Aquitaine"),
        new("17", "Charente-Maritime", "Nouvelle-Aquitaine"),
        new("18", "Cher", "Centre-Val de Loire"),
        new("19", "Corrèze", "Nouvelle-Aquitaine"),
        new("2A", "Corse-du-Sud", "Corse"),
        new("2B", "Haute-Corse", "Corse"),
        new("21", "Côte-d'Or", "Bourgogne-Franche-Comté"),
        new("22", "Côtes-d'Armor", "Bretagne"),
        new("23", "Creuse", "Nouvelle-Aquitaine"),
        new("24", "Dordogne", "Nouvelle-Aquitaine"),
        new("25", "Doubs", "Bourgogne-Franche-Comté"),
        new("26", "Drôme", "Auvergne-Rhône-Alpes"),
        new("27", "Eure", "Normandie"),
        new("28", "Eure-et-Loir", "Centre-Val de Loire"),
        new("29", "Finistère", "Bretagne"),
        new("30", "Gard", "Occitanie"),
        new("31", "Haute-Garonne", "Occitanie"),
        new("32", "Gers", "Occitanie"),
        new("33", "Gironde", "Nouvelle-Aquitaine"),
        new("34", "Hérault", "Occitanie"),
        new("35", "Ille-et-Vilaine", "Bretagne"),
        new("36", "Indre", "Centre-Val de Loire"),
        new("37", "Indre-et-Loire", "Centre-Val de Loire"),
        new("38", "Isère", "Auvergne-Rhône-Alpes"),
        new("39", "Jura", "Bourgogne-Franche-Comté"),
        new("40", "Landes", "Nouvelle-Aquitaine"),
        new("41", "Loir-et-Cher", "Centre-Val de Loire"),
        new("42", "Loire", "Auvergne-Rhône-Alpes"),
        new("43", "Haute-Loire", "Auvergne-Rhône-Alpes"),
        new("44", "Loire-Atlantique", "Pays de la Loire"),
        new("45", "Loiret", "Centre-Val de Loire"),
        new("46", "Lot", "Occitanie"),
        new("47", "Lot-et-Garonne", "Nouvelle-Aquitaine"),
        new("48", "Lozère", "Occitanie"),
        new("49", "Maine-et-Loire", "Pays de la Loire"),
        new("50", "Manche", "Normandie"),
        new("51", "Marne", "Grand Est"),
        new("52", "Haute-Marne", "Grand Est"),
        new("53", "Mayenne", "Pays de la Loire"),
        new("54", "Meurthe-et-Moselle", "Grand Est"),
        new("55", "Meuse", "Grand Est"),
        new("56", "Morbihan", "Bretagne"),
        new("57", "Moselle", "Grand Est"),
        new("58", "Nièvre", "Bourgogne-Franche-Comté"),
        new("59", "Nord", "Hauts-de-France"),
        new("60", "Oise", "Hauts-de-France"),
        new("61", "Orne", "Normandie"),
        new("62", "Pas-de-Calais", "Hauts-de-France"),
        new("63", "Puy-de-Dôme", "Auvergne-Rhône-Alpes"),
        new("64", "Pyrénées-Atlantiques", "Nouvelle-Aquitaine"),
        new("65", "Hautes-Pyrénées", "Occitanie"),
        new("66", "Pyrénées-Orientales", "Occitanie"),
        new("67", "Bas-Rhin", "Grand Est"),
        new("68", "Haut-Rhin", "Grand Est"),
        new("69", "Rhône", "Auvergne-Rhône-Alpes"),
        new("70", "Haute-Saône", "Bourgogne-Franche-Comté"),
        new("71", "Saône-et-Loire", "Bourgogne-Franche-Comté"),
        new("72", "Sarthe", "Pays de la Loire"),
        new("73", "Savoie", "Auvergne-Rhône-Alpes"),
        new("74", "Haute-Savoie", "Auvergne-Rhône-Alpes"),
        new("75", "Paris", "Île-de-France"),
        new("76", "Seine-Maritime", "Normandie"),
        new("77", "Seine-et-Marne", "Île-de-France"),
        new("78", "Yvelines", "Île-de-France"),
        new("79", "Deux-Sèvres", "Nouvelle-Aquitaine"),
        new("80", "Somme", "Hauts-de-France"),
        new("81", "Tarn", "Occitanie"),
        new("82", "Tarn-et-Garonne", "Occitanie"),
        new("83", "Var", "Provence-Alpes-Côte d'Azur"),
        new("84", "Vaucluse", "Provence-Alpes-Côte d'Azur"),
        new("85", "Vendée", "Pays de la Loire"),
        new("86", "Vienne", "Nouvelle-Aquitaine"),
        new("87", "Haute-Vienne", "Nouvelle-Aquitaine"),
        new("88", "Vosges", "Grand Est"),
        new("89", "Yonne", "Bourgogne-Franche-Comté"),
        new("90", "Territoire de Belfort", "Bourgogne-Franche-Comté"),
        new("91", "Essonne", "Île-de-France"),
        new("92", "Hauts-de-Seine", "Île-de-France"),
        new("93", "Seine-Saint-Denis", "Île-de-France"),
        new("94", "Val-de-Marne", "Île-de-France"),
        new("95", "Val-d'Oise", "Île-de-France"),
        new("971", "Guadeloupe", "Guadeloupe"),
        new("972", "Martinique", "Martinique"),
        new("973", "Guyane", "Guyane"),
        new("974", "La Réunion", "La Réunion"),
        new("976", "Mayotte", "Mayotte"),
    ];

    private static readonly Dictionary<string, Departement> ByCode = All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Recognises a département code as typed in a cell: "50", "050", 5 (→ "05"), "2a" (→ "2A"), "974".
    /// </summary>
    public static bool TryParse(object? raw, out Departement departement)
    {
        departement = null!;
        var text = raw switch
        {
            null => null,
            double d when d == Math.Floor(d) && d is > 0 and < 1000 => ((int)d).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => TextKey.Clean(raw.ToString()),
        };
        if (text is null) return false;
        text = text.ToUpperInvariant();
        if (text.Length == 1 && char.IsAsciiDigit(text[0])) text = "0" + text;
        if (text.Length == 3 && text[0] == '0') text = text[1..];
        return ByCode.TryGetValue(text, out departement!);
    }

    public static Departement Get(string code) =>
        ByCode.TryGetValue(code, out var d) ? d : throw new ArgumentException($"Unknown département code '{code}'", nameof(code));

    public static bool Exists(string code) => ByCode.ContainsKey(code);
}
