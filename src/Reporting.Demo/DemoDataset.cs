using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Outputs.Templates;

namespace Reporting.Demo;

/// <summary>What the demo sample holds, for the summary the demo prints.</summary>
public sealed record DemoManifest(string Depot, int Year, IReadOnlyList<string> Departements, int Promeneurs, int Workbooks, IReadOnlyList<string> Notes);

/// <summary>
/// A deterministic, realistic sample of input files for one year: reference lists as CSV (one in
/// Windows-1252 with ';', one in UTF-8 with ','), one tracking workbook per promeneur written from
/// the generated template, and the mess coordinators meet: spellings, decimal commas, text dates,
/// months not sent, wrong cells, an older version, a duplicate copy, an unknown promeneur and a
/// damaged file. The same seed always gives the same bytes of data.
/// </summary>
public static class DemoDataset
{
    private sealed record DemoDepartement(string Code, int Jeunesse, int Parentalite);

    private sealed record DemoPromeneur(TemplateIdentity Identity, string Metier, DateOnly From, DateOnly? To, string Commune);

    private static readonly DemoDepartement[] Plan =
    [
        new("50", 6, 15),  // Manche: the seed's 13 + 2 joiners in Parentalité, and Jeunesse
        new("14", 7, 5),   // Calvados
        new("974", 5, 3),  // La Réunion
        new("61", 2, 2),   // Orne: fewer than 5 promeneurs (small-number secrecy)
    ];

    private static readonly string[] FirstNames = ["Camille", "Julie", "Nicolas", "Sophie", "Thomas", "Élodie", "Karim", "Aurélie", "Mathieu", "Léa", "Sébastien", "Chloé", "Hélène", "Yannick", "Nadia", "Grégory", "Maëlle", "François", "Inès", "Jérôme", "Céline", "Loïc", "Amandine", "Rémi", "Zoé", "Benoît", "Noémie", "Cédric", "Agnès", "Joël", "Laëtitia", "Théo", "Manon", "Stéphane", "Anaïs", "Gaëlle", "Hugo", "Mélanie", "Franck", "Océane", "Pascal", "Estelle", "Bruno", "Coralie", "Dominique", "Fabienne"];

    private static readonly string[] LastNames = ["Lefèvre", "Marie", "Lebrun", "Hébert", "Lecomte", "Duval", "Leroux", "Guérin", "Lemoine", "Pottier", "Jouan", "Hamel", "Lecœur", "Besnard", "Picot", "Lehodey", "Fontaine", "Gosselin", "Renouf", "Anquetil", "Payet", "Hoarau", "Grondin", "Técher", "Fontaine", "Lebreton", "Boyer", "Rivière", "Maillot", "Chérie", "Mérieux", "Dupré", "Lacroix", "Vautier", "Queudeville", "Letellier"];

    private static readonly Dictionary<string, string[]> Communes = new()
    {
        ["50"] = ["Saint-Lô", "Cherbourg-en-Cotentin", "Coutances", "Granville", "Avranches", "Valognes", "Carentan-les-Marais"],
        ["14"] = ["Caen", "Lisieux", "Bayeux", "Vire Normandie", "Honfleur", "Falaise"],
        ["974"] = ["Saint-Denis", "Saint-Pierre", "Le Tampon", "Saint-Paul", "Saint-Benoît"],
        ["61"] = ["Alençon", "Flers", "Argentan"],
    };

    public static DemoManifest Generate(string depot, int year = 2019, int seed = 2019)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(depot);
        var promeneurs = new List<DemoPromeneur>();
        var structures = new List<StructureRecord>();
        var nameIndex = 0;
        foreach (var dep in Plan)
        {
            var communes = Communes[dep.Code];
            var total = dep.Jeunesse + dep.Parentalite;
            for (var i = 1; i <= total; i++)
            {
                var label = i <= dep.Parentalite ? "Parentalité" : "Jeunesse";
                var commune = communes[(i - 1) % communes.Length];
                var type = label == "Parentalité"
                    ? (i % 4 == 0 ? "Espace de parents" : i % 5 == 0 ? "Espace de vie sociale" : "Centre social")
                    : (i % 3 == 0 ? "Point information jeunesse" : i % 2 == 0 ? "Maison des jeunes" : "Centre social");
                var structureCode = $"CS-{dep.Code}-{i:000}";
                var structureName = type switch
                {
                    "Centre social" => $"Centre social {commune}",
                    "Espace de parents" => $"Espace parents, enfants « {commune} »",
                    "Espace de vie sociale" => $"EVS du pays de {commune}",
                    "Point information jeunesse" => $"PIJ de {commune}",
                    _ => $"Maison des jeunes de {commune}",
                };
                structures.Add(new StructureRecord(structureCode, structureName, type, commune, dep.Code, 0));
                var (from, to) = Labellisation(dep.Code, i, label, year);
                var identity = new TemplateIdentity($"PDN-{dep.Code}-{i:0000}", LastNames[nameIndex % LastNames.Length].ToUpperInvariant(),
                    FirstNames[nameIndex % FirstNames.Length], structureCode, dep.Code, label);
                nameIndex++;
                var metier = label == "Parentalité" ? (i % 4 == 0 ? "Référent parentalité" : "Référent famille") : (i % 2 == 0 ? "Animateur jeunesse" : "Éducateur spécialisé");
                promeneurs.Add(new DemoPromeneur(identity, metier, from, to, commune));
            }
        }

        var notes = new List<string>();
        WriteStructures(Path.Combine(depot, "referentiel", "structures.csv"), structures);
        WritePromeneurs(Path.Combine(depot, "referentiel", "promeneurs.csv"), promeneurs);
        notes.Add("listes de référence en CSV : structures (UTF-8, virgules, champs entre guillemets), promeneurs (Windows-1252, points-virgules)");

        var workbooks = 0;
        var baseTime = new DateTime(year + 1, 1, 10, 9, 0, 0, DateTimeKind.Utc);
        foreach (var p in promeneurs)
        {
            var path = Path.Combine(depot, "suivis", p.Identity.DepartementCode, TrackingTemplateWriter.FileNameFor(p.Identity, year));
            var content = Activity(p, year, random);
            WriteWorkbook(path, p.Identity, year, content, lastMonth: 12);
            File.SetLastWriteTimeUtc(path, baseTime.AddMinutes(workbooks));
            workbooks++;
        }

        // An older version of PDN-50-0003's workbook (sent in June), dropped in another folder: it must not win.
        var third = promeneurs.First(p => p.Identity.PromeneurId == "PDN-50-0003");
        var older = Path.Combine(depot, "courriels", "juin", "Suivi_PDN-50-0003_2019 (envoi de juin).xlsx");
        WriteWorkbook(older, third.Identity, year, Activity(third, year, new Random(seed + 1)), lastMonth: 5);
        File.SetLastWriteTimeUtc(older, new DateTime(year, 6, 5, 8, 0, 0, DateTimeKind.Utc));
        notes.Add("une version plus ancienne du tableau de PDN-50-0003 (envoyée en juin) : chargée la première (les fichiers se chargent du plus ancien au plus récent), puis remplacée par la version de janvier");

        // A byte-identical copy of PDN-50-0004's workbook.
        var fourth = Path.Combine(depot, "suivis", "50", TrackingTemplateWriter.FileNameFor(promeneurs.First(p => p.Identity.PromeneurId == "PDN-50-0004").Identity, year));
        var copy = Path.Combine(depot, "courriels", "Suivi_PDN-50-0004_2019 - Copie.xlsx");
        File.Copy(fourth, copy, overwrite: true);
        File.SetLastWriteTimeUtc(copy, baseTime.AddHours(5));
        notes.Add("une copie identique du tableau de PDN-50-0004 : reconnue et ignorée");

        // A workbook for a promeneur missing from the reference list, and a damaged file.
        var unknown = new TemplateIdentity("PDN-14-0099", "INCONNU", "Alex", "CS-14-001", "14", "Jeunesse");
        WriteWorkbook(Path.Combine(depot, "suivis", "14", "Suivi_PDN-14-0099_2019.xlsx"), unknown, year, Activity(promeneurs[0] with { Identity = unknown }, year, random), 12);
        notes.Add("un tableau d'un promeneur absent de la liste de référence (PDN-14-0099) : mis en quarantaine");
        var damaged = Path.Combine(depot, "suivis", "14", "Suivi_PDN-14-0003_2019 (abîmé).xlsx");
        var bytes = File.ReadAllBytes(Path.Combine(depot, "suivis", "14", TrackingTemplateWriter.FileNameFor(promeneurs.First(p => p.Identity.PromeneurId == "PDN-14-0003").Identity, year)));
        File.WriteAllBytes(damaged, bytes[..(bytes.Length / 3)]);
        notes.Add("un classeur tronqué (pièce jointe abîmée) : mis en quarantaine");
        notes.Add("des cellules erronées chez PDN-50-0005 et PDN-974-0002 (heures « 12h », sens inconnu, date hors de l'année, tranche d'âge inconnue) : lignes rejetées avec un message");
        notes.Add("des mois non transmis, des arrivées en cours d'année (PDN-50-0014, PDN-50-0015) et un départ (PDN-14-0005, fin au 30/06)");

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        notes.AddRange(DemoEvents.Write(depot, year,
            promeneurs.Select(p => new DemoEvents.Invitee(p.Identity.PromeneurId, p.Identity.DepartementCode, p.Identity.Label, p.From, p.To)).ToList(),
            new Random(seed + 2)));
        notes.AddRange(DemoNetwork.Write(depot, year,
            promeneurs.Select(p => new DemoEvents.Invitee(p.Identity.PromeneurId, p.Identity.DepartementCode, p.Identity.Label, p.From, p.To)).ToList()));
        notes.AddRange(DemoQuestionnaires.Write(depot, year,
            promeneurs.Select(p => (p.Identity.PromeneurId, p.Identity.DepartementCode, p.Identity.Label)).ToList(), new Random(seed + 3)));

        return new DemoManifest(depot, year, Plan.Select(p => p.Code).ToList(), promeneurs.Count, workbooks + 4, notes);
    }

    /// <summary>
    /// A national-scale sample for benchmarks: <paramref name="departements"/> départements (in INSEE
    /// order) of <paramref name="perDepartement"/> promeneurs, one complete workbook each, plus the
    /// reference lists. No deliberate mess: it measures throughput, not validation.
    /// </summary>
    public static int GenerateScale(string depot, int departements, int perDepartement, int year = 2019, int seed = 4000)
    {
        var random = new Random(seed);
        var promeneurs = new List<DemoPromeneur>();
        var structures = new List<StructureRecord>();
        foreach (var dep in Domain.Territory.Departements.All.Take(departements))
            for (var i = 1; i <= perDepartement; i++)
            {
                var label = i % 3 == 0 ? "Jeunesse" : "Parentalité";
                var structureCode = $"CS-{dep.Code}-{i:000}";
                structures.Add(new StructureRecord(structureCode, $"Centre social {dep.Nom} {i}", "Centre social", dep.Nom, dep.Code, 0));
                var identity = new TemplateIdentity($"PDN-{dep.Code}-{i:0000}", LastNames[i % LastNames.Length].ToUpperInvariant(), FirstNames[i % FirstNames.Length], structureCode, dep.Code, label);
                promeneurs.Add(new DemoPromeneur(identity, "Référent famille", new DateOnly(year - 1, 1, 1), null, dep.Nom));
            }
        WriteStructures(Path.Combine(depot, "referentiel", "structures.csv"), structures);
        WritePromeneurs(Path.Combine(depot, "referentiel", "promeneurs.csv"), promeneurs);
        foreach (var p in promeneurs)
        {
            var path = Path.Combine(depot, "suivis", p.Identity.DepartementCode, TrackingTemplateWriter.FileNameFor(p.Identity, year));
            WriteWorkbook(path, p.Identity, year, Activity(p, year, random), lastMonth: 12);
        }
        return promeneurs.Count;
    }

    private static (DateOnly From, DateOnly? To) Labellisation(string dep, int i, string label, int year) => (dep, i) switch
    {
        ("50", 14) => (new DateOnly(year, 4, 15), null),
        ("50", 15) => (new DateOnly(year, 9, 1), null),
        ("14", 5) => (new DateOnly(year - 2, 3, 1), new DateOnly(year, 6, 30)),
        _ when label == "Parentalité" => (new DateOnly(year - 1, 10, 1), null),
        _ => (new DateOnly(year - 3 + i % 3, 1 + i % 12, 1), null),
    };

    private sealed record MonthRow(int Month, object? Online, object? Offline, int Permanences, int AmisPublic, int AmisPro, int Publications);

    private sealed record SolicitationRow(object Date, string Sens, string Interlocuteur, string Modalite, string Theme, string Tranche, string? Nouveau);

    private sealed record WorkbookContent(List<MonthRow> Months, List<SolicitationRow> Solicitations);

    private static WorkbookContent Activity(DemoPromeneur p, int year, Random random)
    {
        var months = new List<MonthRow>();
        var solicitations = new List<SolicitationRow>();
        var amisPublic = random.Next(10, 60);
        var amisPro = random.Next(8, 30);
        var skipped = new HashSet<int>();
        var skips = random.Next(0, 4) == 0 ? random.Next(1, 3) : 0;
        for (var k = 0; k < skips; k++) skipped.Add(random.Next(2, 12));
        for (var m = 1; m <= 12; m++)
        {
            var first = new DateOnly(year, m, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var active = p.From <= last && (p.To is null || p.To >= first);
            if (!active || skipped.Contains(m)) continue;
            amisPublic += random.Next(0, 9);
            amisPro += random.Next(0, 4);
            var online = Math.Round(3 + random.NextDouble() * 7, 1);
            var offline = Math.Round(1 + random.NextDouble() * 4, 1);
            // Some promeneurs type decimals as text with a comma, as French users do.
            object onlineCell = m % 3 == 0 ? online.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) : online;
            months.Add(new MonthRow(m, onlineCell, offline, random.Next(2, 6), amisPublic, amisPro, random.Next(2, 15)));
            var count = random.Next(6, 16);
            for (var s = 0; s < count; s++)
            {
                var day = new DateOnly(year, m, random.Next(1, DateTime.DaysInMonth(year, m) + 1));
                if (p.To is DateOnly end && day > end) day = end;
                if (day < p.From) day = p.From;
                var received = random.NextDouble() < 0.6;
                object date = (s % 7) switch
                {
                    3 => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    5 => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => day.ToDateTime(TimeOnly.MinValue),
                };
                solicitations.Add(new SolicitationRow(
                    date,
                    Messy(received ? "Reçue" : "Initiée", s),
                    Pick(Lists.Interlocuteur, random, p.Identity.Label == "Parentalité" ? [0.62, 0.05, 0.1, 0.18, 0.05] : [0.15, 0.02, 0.63, 0.15, 0.05]),
                    Messy(Pick(Lists.Modalite, random, [0.42, 0.12, 0.16, 0.12, 0.07, 0.03, 0.05, 0.03]), s + 1),
                    Pick(Lists.Theme, random, [0.2, 0.22, 0.14, 0.08, 0.07, 0.09, 0.06, 0.05, 0.06, 0.03]),
                    Pick(Lists.TrancheAge, random, p.Identity.Label == "Parentalité" ? [0.2, 0.22, 0.24, 0.12, 0.07, 0.03, 0.12] : [0.01, 0.02, 0.07, 0.3, 0.33, 0.22, 0.05]),
                    random.NextDouble() < 0.05 ? "Oui" : (s % 4 == 0 ? null : "Non")));
            }
        }

        // Wrong cells the coordinator must see.
        if (p.Identity.PromeneurId is "PDN-50-0005" or "PDN-974-0002" && months.Count > 3)
        {
            months[2] = months[2] with { Online = "12h" };
            solicitations.Add(new SolicitationRow(new DateTime(year, 3, 4), "Par mail", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non"));
            solicitations.Add(new SolicitationRow(new DateTime(year - 1, 12, 28), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non"));
            solicitations.Add(new SolicitationRow(new DateTime(year, 5, 14), "Initiée", "Jeune", "Action collective", "Loisirs et culture", "12-15 ans", "Oui"));
        }
        return new WorkbookContent(months, solicitations);
    }

    /// <summary>The spellings promeneurs really type: lower case, no accents, stray spaces.</summary>
    private static string Messy(string canonical, int salt) => (salt % 9) switch
    {
        1 => canonical.ToLowerInvariant(),
        4 => "  " + RemoveAccents(canonical) + " ",
        7 => canonical.ToUpperInvariant(),
        _ => canonical,
    };

    private static string RemoveAccents(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());

    private static string Pick(CategoryList list, Random random, double[] weights)
    {
        var r = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r <= 0) return list.Values[i];
        }
        return list.Values[^1];
    }

    private static void WriteWorkbook(string path, TemplateIdentity identity, int year, WorkbookContent content, int lastMonth)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        TrackingTemplateWriter.Write(path, identity, year);
        using var package = new ExcelPackage(new FileInfo(path));
        var temps = package.Workbook.Worksheets[Domain.Contracts.InputContract.Tracking.TempsSheet];
        foreach (var m in content.Months.Where(m => m.Month <= lastMonth))
        {
            var row = m.Month + 1;
            temps.Cells[row, 2].Value = m.Online;
            temps.Cells[row, 3].Value = m.Offline;
            temps.Cells[row, 4].Value = m.Permanences;
            temps.Cells[row, 5].Value = m.AmisPublic;
            temps.Cells[row, 6].Value = m.AmisPro;
            temps.Cells[row, 7].Value = m.Publications;
        }
        var sheet = package.Workbook.Worksheets[Domain.Contracts.InputContract.Tracking.SollicitationsSheet];
        var r = 2;
        foreach (var s in content.Solicitations.Where(s => MonthOf(s.Date) <= lastMonth))
        {
            sheet.Cells[r, 1].Value = s.Date;
            sheet.Cells[r, 2].Value = s.Sens;
            sheet.Cells[r, 3].Value = s.Interlocuteur;
            sheet.Cells[r, 4].Value = s.Modalite;
            sheet.Cells[r, 5].Value = s.Theme;
            sheet.Cells[r, 6].Value = s.Tranche;
            sheet.Cells[r, 7].Value = s.Nouveau;
            r++;
        }
        package.Save();
    }

    private static int MonthOf(object date) => date switch
    {
        DateTime d => d.Month,
        string s when s.Contains('/') => int.Parse(s.Split('/')[1], CultureInfo.InvariantCulture),
        string s => int.Parse(s.Split('-')[1], CultureInfo.InvariantCulture),
        _ => 12,
    };

    private static void WriteStructures(string path, IEnumerable<StructureRecord> structures)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sb = new StringBuilder("Code,Nom,Type,Commune,Département\r\n");
        foreach (var s in structures)
            sb.Append(CultureInfo.InvariantCulture, $"{s.Code},{Quote(s.Nom)},{s.Type},{Quote(s.Commune ?? string.Empty)},{s.Departement}\r\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
    }

    private static void WritePromeneurs(string path, IEnumerable<DemoPromeneur> promeneurs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sb = new StringBuilder("Identifiant;Nom;Prénom;Code structure;Département;Label;Métier;Date de labellisation;Date de fin de labellisation\r\n");
        foreach (var p in promeneurs)
        {
            var i = p.Identity;
            var label = i.PromeneurId.EndsWith('2') ? i.Label.ToUpperInvariant() : i.Label;
            sb.Append(CultureInfo.InvariantCulture,
                $"{i.PromeneurId};{i.LastName};{i.FirstName};{i.StructureCode};{i.DepartementCode};{label};{p.Metier};{p.From:dd/MM/yyyy};{(p.To is DateOnly t ? t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty)}\r\n");
        }
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(path, sb.ToString(), System.Text.Encoding.GetEncoding(1252));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
