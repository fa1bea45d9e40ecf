using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Contracts;

namespace Reporting.Demo;

/// <summary>
/// A year of regroupements for the demo: the list (CSV, Windows-1252, ';') and one attendance sheet
/// per département (xlsx for some, CSV with ',' for others), a corrected sheet re-sent for one event,
/// and a row naming a promeneur the reference list does not know.
/// </summary>
internal static class DemoEvents
{
    internal sealed record Invitee(string Id, string Departement, string Label, DateOnly From, DateOnly? To);

    private sealed record Event(string Code, DateOnly Date, string Type, string Title, string Departement, decimal Hours, string Public, string? Group = null);

    public static IReadOnlyList<string> Write(string depot, int year, IReadOnlyList<Invitee> promeneurs, Random random)
    {
        var events = Plan(year);
        var folder = Path.Combine(depot, "regroupements");
        Directory.CreateDirectory(folder);

        var list = new StringBuilder(string.Join(";", InputContract.Regroupements.AllColumns) + "\r\n");
        foreach (var e in events)
            list.Append(CultureInfo.InvariantCulture, $"{e.Code};{e.Date:dd/MM/yyyy};{e.Type};{e.Title};{e.Departement};{e.Hours.ToString(CultureInfo.GetCultureInfo("fr-FR"))};{e.Public};{e.Group}\r\n");
        File.WriteAllText(Path.Combine(folder, $"regroupements_{year}.csv"), list.ToString(), Encoding.GetEncoding(1252));

        foreach (var dep in events.Select(e => e.Departement).Distinct())
        {
            var rows = new List<string[]>();
            foreach (var e in events.Where(e => e.Departement == dep))
                foreach (var p in promeneurs.Where(p => p.Departement == dep && Invited(p, e)))
                    rows.Add([e.Code, p.Id, Status(random)]);
            if (dep == "50") rows.Add([events.First(e => e.Departement == dep).Code, "PDN-50-0042", "Présent"]);
            var path = Path.Combine(folder, $"emargement_{dep}_{year}");
            if (dep is "50" or "974") WriteXlsx(path + ".xlsx", rows);
            else WriteCsv(path + ".csv", rows);
            File.SetLastWriteTimeUtc(path + (dep is "50" or "974" ? ".xlsx" : ".csv"), new DateTime(year, 12, 20, 10, 0, 0, DateTimeKind.Utc));
        }

        // The coordinator corrects the sheet of the first 2019 practice session: everybody present.
        var first = events.First(e => e.Departement == "50");
        var corrected = promeneurs.Where(p => p.Departement == "50" && Invited(p, first)).Select(p => new[] { first.Code, p.Id, "Présent" }).ToList();
        var correctedPath = Path.Combine(folder, $"emargement_{first.Code}_corrige.csv");
        WriteCsv(correctedPath, corrected);
        File.SetLastWriteTimeUtc(correctedPath, new DateTime(year + 1, 1, 5, 10, 0, 0, DateTimeKind.Utc));

        return
        [
            $"{events.Count} regroupements {year} et leurs feuilles d'émargement (xlsx et CSV), dont une feuille corrigée renvoyée pour {first.Code} qui remplace la première",
            "une ligne d'émargement pour un promeneur inconnu (PDN-50-0042) : rejetée avec un message",
        ];
    }

    private static bool Invited(Invitee p, Event e) =>
        (e.Public == "Commun" || e.Public == p.Label) && p.From <= e.Date && (p.To is null || p.To >= e.Date);

    private static string Status(Random random) => random.NextDouble() switch
    {
        < 0.72 => "Présent",
        < 0.9 => "Excusé",
        _ => "Absent",
    };

    private static List<Event> Plan(int year) =>
    [
        new($"AP-50-{year}-1", new DateOnly(year, 2, 12), "Analyse des pratiques", "Analyse des pratiques PdN Parentalité n°1", "50", 3m, "Parentalité"),
        new($"FO-50-{year}-1", new DateOnly(year, 3, 21), "Formation", "Formation « Présence éducative sur Internet »", "50", 7m, "Commun"),
        new($"AP-50-{year}-2", new DateOnly(year, 6, 18), "Analyse des pratiques", "Analyse des pratiques PdN Parentalité n°2", "50", 3m, "Parentalité"),
        new($"GL-50-{year}-1", new DateOnly(year, 5, 9), "Groupe local", "Groupe local Cotentin", "50", 2.5m, "Jeunesse", DemoNetwork.Cotentin),
        new($"GL-50-{year}-2", new DateOnly(year, 3, 14), "Groupe local", "Groupe local Sud-Manche : rencontre de printemps", "50", 2m, "Parentalité", DemoNetwork.SudManche),
        new($"GL-50-{year}-3", new DateOnly(year, 6, 13), "Groupe local", "Groupe local Sud-Manche : rencontre d'été", "50", 2m, "Parentalité", DemoNetwork.SudManche),
        new($"GL-50-{year}-4", new DateOnly(year, 12, 12), "Groupe local", "Groupe local Sud-Manche : rencontre d'hiver", "50", 2m, "Parentalité", DemoNetwork.SudManche),
        new($"FO-50-{year}-2", new DateOnly(year, 9, 26), "Formation", "Formation « Réseaux sociaux et droit à l'image »", "50", 7m, "Commun"),
        new($"JD-50-{year}", new DateOnly(year, 10, 8), "Journée départementale", "Journée départementale des Promeneurs du Net", "50", 6m, "Commun"),
        new($"AP-50-{year}-3", new DateOnly(year, 11, 14), "Analyse des pratiques", "Analyse des pratiques PdN Parentalité n°3", "50", 3m, "Parentalité"),
        new($"JD-14-{year}", new DateOnly(year, 6, 4), "Journée départementale", "Rencontre départementale du Calvados", "14", 6m, "Commun"),
        new($"AP-14-{year}-1", new DateOnly(year, 4, 2), "Analyse des pratiques", "Analyse des pratiques", "14", 2.5m, "Commun"),
        new($"FO-974-{year}", new DateOnly(year, 8, 29), "Formation", "Formation des nouveaux promeneurs", "974", 14m, "Commun"),
        new($"JT-61-{year}", new DateOnly(year, 11, 5), "Journée thématique", "Écrans et familles", "61", 4m, "Commun"),
    ];

    private static void WriteXlsx(string path, List<string[]> rows)
    {
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Émargement");
        var header = InputContract.Emargement.Columns;
        for (var c = 0; c < header.Count; c++) sheet.Cells[1, c + 1].Value = header[c];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cells[r + 2, c + 1].Value = rows[r][c];
        package.SaveAs(new FileInfo(path));
    }

    private static void WriteCsv(string path, List<string[]> rows)
    {
        var sb = new StringBuilder(string.Join(",", InputContract.Emargement.Columns) + "\r\n");
        foreach (var row in rows) sb.Append(string.Join(",", row)).Append("\r\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
