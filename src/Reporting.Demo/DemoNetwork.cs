using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Contracts;

namespace Reporting.Demo;

/// <summary>
/// The version 2 inputs of the demo: the network group's activity (xlsx, calibrated so that the Manche bilan shows the
/// seed's §4.5 figures: 15 documents, 54 photos, 90 posts — 50 % organisation, 10 % vie du réseau, 40 % ressources —
/// and 20 members of whom 15 promeneurs), the onboarding journeys of the Manche (CSV, one incomplete) and its local
/// groups (CSV, one with 16 members: flagged).
/// </summary>
internal static class DemoNetwork
{
    // Manche, Parentalité group, January to December: the seed's year.
    private static readonly int[] Documents = [3, 2, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1];
    private static readonly int[] Photos = [8, 6, 5, 4, 4, 3, 2, 2, 5, 5, 5, 5];
    private static readonly int[] Organisation = [6, 5, 4, 4, 4, 3, 3, 2, 4, 4, 3, 3];
    private static readonly int[] VieDuReseau = [2, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1];
    private static readonly int[] Ressources = [5, 4, 3, 3, 3, 3, 2, 1, 3, 3, 3, 3];
    private static readonly int[] MembresPromeneurs = [8, 9, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15];
    private static readonly int[] MembresAutres = [3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5];

    public const string SudManche = "Groupe local Sud-Manche";
    public const string Cotentin = "Groupe local Cotentin";

    public static IReadOnlyList<string> Write(string depot, int year, IReadOnlyList<DemoEvents.Invitee> promeneurs)
    {
        var folder = Path.Combine(depot, "reseau");
        Directory.CreateDirectory(folder);
        WriteActivity(Path.Combine(folder, $"activite_reseau_{year}.xlsx"), year);

        var manche = promeneurs.Where(p => p.Departement == "50").ToList();
        var journeys = new StringBuilder(string.Join(";", InputContract.Parcours.Columns) + "\r\n");
        string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        foreach (var p in manche.Where(p => p.From.Year >= year - 1))
        {
            var interview = p.From.AddDays(-45);
            journeys.Append(CultureInfo.InvariantCulture, $"{p.Id};Demande de l'employeur;{D(p.From.AddDays(-70))}\r\n");
            journeys.Append(CultureInfo.InvariantCulture, $"{p.Id};Entretien préalable;{D(interview)}\r\n");
            journeys.Append(CultureInfo.InvariantCulture, $"{p.Id};Signature de la charte;{D(interview.AddDays(14))}\r\n");
            journeys.Append(CultureInfo.InvariantCulture, $"{p.Id};Création du compte professionnel;{D(interview.AddDays(30))}\r\n");
            if (p != manche.Where(q => q.From.Year >= year - 1).Last())
                journeys.Append(CultureInfo.InvariantCulture, $"{p.Id};Fiche annuaire national;{D(interview.AddDays(60))}\r\n");
        }
        File.WriteAllText(Path.Combine(folder, $"parcours_{year}.csv"), journeys.ToString(), new UTF8Encoding(true));

        var groups = new StringBuilder(string.Join(";", InputContract.GroupesLocaux.Columns) + "\r\n");
        foreach (var p in manche.Where(p => p.Label == "Parentalité"))
            groups.Append(CultureInfo.InvariantCulture, $"{SudManche};50;{p.Id};{D(Later(p.From, new DateOnly(year, 1, 1)))};{(p.To is DateOnly to ? D(to) : "")}\r\n");
        // A sixteenth member joins in September: the group is flagged (at most 15).
        var jeunesse = manche.Where(p => p.Label == "Jeunesse").ToList();
        groups.Append(CultureInfo.InvariantCulture, $"{SudManche};50;{jeunesse[0].Id};01/09/{year};\r\n");
        foreach (var p in jeunesse.Skip(1))
            groups.Append(CultureInfo.InvariantCulture, $"{Cotentin};50;{p.Id};{D(Later(p.From, new DateOnly(year, 1, 1)))};\r\n");
        File.WriteAllText(Path.Combine(folder, $"groupes_locaux_{year}.csv"), groups.ToString(), new UTF8Encoding(true));

        return
        [
            $"l'activité {year} du groupe privé du réseau de la Manche (classeur) : 15 documents, 54 photos, 90 posts, 20 membres dont 15 promeneurs",
            "les parcours de labellisation des promeneurs de la Manche arrivés depuis un an, dont un sans fiche dans l'annuaire national (parcours incomplet)",
            $"deux groupes locaux de la Manche, dont « {SudManche} » avec 16 membres à partir de septembre : signalé au chargement et dans les annexes",
        ];
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void WriteActivity(string path, int year)
    {
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Activité du réseau");
        var header = InputContract.ActiviteReseau.Columns;
        for (var c = 0; c < header.Count; c++) sheet.Cells[1, c + 1].Value = header[c];
        for (var m = 0; m < 12; m++)
        {
            var row = m + 2;
            var posts = Organisation[m] + VieDuReseau[m] + Ressources[m];
            object[] values = ["50", $"{year}-{m + 1:00}", "Parentalité", Documents[m], Photos[m], posts, Organisation[m], VieDuReseau[m], Ressources[m], MembresPromeneurs[m], MembresAutres[m]];
            for (var c = 0; c < values.Length; c++) sheet.Cells[row, c + 1].Value = values[c];
        }
        // Calvados: a shared group for both labels.
        object[] calvados = ["14", new DateTime(year, 6, 30), "Commun", 4, 10, 12, 6, 4, 2, 11, 2];
        for (var c = 0; c < calvados.Length; c++) sheet.Cells[14, c + 1].Value = calvados[c];
        sheet.Cells[14, 2].Style.Numberformat.Format = "dd/mm/yyyy";
        package.SaveAs(new FileInfo(path));
    }
}
