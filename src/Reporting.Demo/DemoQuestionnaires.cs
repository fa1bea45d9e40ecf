using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Contracts;

namespace Reporting.Demo;

/// <summary>
/// The two questionnaires of the seed evaluation (sections 5 to 8) for the demo: the qualitative
/// questionnaire filled by the promeneurs (QQ, one workbook), with its opinion matrix on opening the
/// network to other professions, and the flash questionnaire filled with a parent, a partner, the
/// hierarchy or a colleague (QF, three CSV files as an online form exports them). They carry what a
/// coordinator meets: spellings, separators, an option holding a comma, an answer outside the options,
/// free texts starting with "=", "+" or "@".
/// </summary>
public static class DemoQuestionnaires
{
    public static string QualitativeCode(int year) => $"QQ-{year}";

    public static string FlashCode(int year) => $"QF-{year}";

    private static readonly string[] Opinion = ["Favorable", "Plutôt favorable", "Plutôt défavorable", "Défavorable"];

    /// <summary>The professions of seed section 8, and how the promeneurs lean (weights of the four opinions).</summary>
    private static readonly (string Profession, double[] Weights)[] Professions =
    [
        ("directeurs d'EAJE (crèches)", [0.4, 0.35, 0.15, 0.1]),
        ("animateurs CLAS", [0.35, 0.4, 0.15, 0.1]),
        ("intervenants LAEP", [0.35, 0.35, 0.2, 0.1]),
        ("animateurs d'EVS", [0.4, 0.35, 0.15, 0.1]),
        ("animateurs de RAM", [0.1, 0.25, 0.4, 0.25]),
        ("travailleurs sociaux de l'éducation spécialisée", [0.05, 0.25, 0.4, 0.3]),
        ("intervenants libéraux (coachs parentaux…)", [0, 0.05, 0.25, 0.7]),
        ("directeurs d'ACM", [0.1, 0.25, 0.4, 0.25]),
        ("professionnels de PMI", [0.1, 0.2, 0.4, 0.3]),
        ("psychologues", [0.05, 0.25, 0.4, 0.3]),
        ("autres animateurs de centres sociaux", [0.1, 0.25, 0.35, 0.3]),
    ];

    private static readonly string[] FamilyQuotes =
    [
        "Les parents sont très contents de la présence éducative : les inscriptions par Messenger sont un atout considérable.",
        "Il est plus facile de nous joindre par Messenger, souvent pour prendre un rendez-vous ou demander une information.",
        "Une communication plus détaillée et explicite de l'actualité de la Maison.",
        "Des parents qui travaillent et qui passent peu dans la structure nous suivent en ligne.",
        "C'est pratique et instantané car on a très souvent son téléphone sur soi.",
        "Les parents me donnent des idées d'activités.",
    ];

    private static readonly string[] FlashQuotes =
    [
        "=> Cela m'a donné beaucoup plus d'assurance : dès qu'on a une question on sait qu'on peut être vite orienté.",
        "+ de lien avec la structure, sans forcément se déplacer.",
        "@Camille merci pour toutes les infos sur les cafés des parents !",
        "C'est une référence, qui sert à communiquer et à relayer les informations auprès de notre public.",
        "Une meilleure transmission aux collègues de l'actualité parentalité du territoire.",
        "J'ai des soucis pour me déplacer, c'est plus facile de parler par Messenger.",
        "Les PdNP enrichissent les discussions dans le travail d'équipe.",
    ];

    /// <summary>Writes both questionnaires under <c>questionnaires/</c>; returns the notes the demo prints.</summary>
    public static IReadOnlyList<string> Write(string depot, int year, IReadOnlyList<(string Id, string Departement, string Label)> promeneurs, Random random)
    {
        var folder = Path.Combine(depot, "questionnaires");
        Directory.CreateDirectory(folder);
        var sent = new DateTime(year + 1, 1, 20, 14, 0, 0, DateTimeKind.Utc);
        var manche = promeneurs.Where(p => p.Departement == "50").ToList();

        var qq = Path.Combine(folder, $"{QualitativeCode(year)} questionnaire qualitatif.xlsx");
        var respondents = WriteQualitative(qq, year, manche, random);
        File.SetLastWriteTimeUtc(qq, sent);

        var flash = Path.Combine(folder, "flash");
        var flashRespondents = WriteFlash(flash, year, manche.Where(p => p.Label == "Parentalité").ToList(), random);
        foreach (var file in Directory.EnumerateFiles(flash)) File.SetLastWriteTimeUtc(file, sent.AddHours(1));

        return
        [
            $"le questionnaire qualitatif {QualitativeCode(year)} ({respondents} promeneurs, classeur) avec sa matrice d'opinion sur l'ouverture du réseau à {Professions.Length} métiers, dont une réponse « Sans avis » hors des modalités : écartée avec un message",
            $"le questionnaire flash {FlashCode(year)} ({flashRespondents} parents, partenaires, responsables et collègues) en trois fichiers CSV, avec une modalité qui contient une virgule et des textes libres commençant par « = », « + » ou « @ » gardés tels quels",
        ];
    }

    private static int WriteQualitative(string path, int year, List<(string Id, string Departement, string Label)> manche, Random random)
    {
        var questions = new List<string[]>
        {
            new[] { "Q1", "Depuis quand êtes-vous présent(e) sur les réseaux sociaux à titre professionnel ?", "choix unique", "Moins d'un an|1 à 3 ans|Plus de 3 ans" },
            new[] { "Q2", "Quels réseaux sociaux utilisez-vous pour votre mission ?", "choix multiple", "Facebook|Instagram|Messenger|WhatsApp|Snapchat|Autre" },
            new[] { "Q3", "Les parents vous sollicitent-ils en ligne sur des questions éducatives ?", "choix unique", "Oui, souvent|Oui, parfois|Rarement|Jamais" },
            new[] { "Q4", "Quels effets constatez-vous sur votre structure ?", "choix multiple", "Une meilleure visibilité des actions|De nouvelles familles, qui ne venaient pas|Des idées d'activités proposées par les parents|Aucun changement" },
            new[] { "Q5", "Heures de présence en ligne par semaine (en moyenne)", "nombre", "" },
            new[] { "Q6", "La présence éducative sur Internet est-elle abordée en équipe ?", "choix unique", "Oui, en réunion d'équipe|Oui, au quotidien|Peu|Non" },
            new[] { "Q7", "Satisfaction à l'égard de l'accompagnement du réseau", "échelle", "1-5" },
            new[] { "Q8", "Ce que les familles vous disent de votre présence en ligne", "texte", "" },
        };
        for (var i = 0; i < Professions.Length; i++)
            questions.Add([$"O{i + 1:00}", $"Ouverture du réseau : {Professions[i].Profession}", "choix unique", string.Join("|", Opinion)]);
        questions.Add(["Q9", "Vos remarques sur l'ouverture du réseau", "texte", ""]);

        // Every promeneur of the Manche, then four who did not give their identifier.
        var who = manche.Select(p => (string?)p.Id).Concat([null, null, null, null]).ToList();
        var rows = new List<object?[]>();
        for (var r = 0; r < who.Count; r++)
        {
            var seniority = Pick(random, ["Moins d'un an", "1 à 3 ans", "Plus de 3 ans"], [0.45, 0.35, 0.2]);
            var networks = Several(random, ["Facebook", "Instagram", "Messenger", "WhatsApp", "Snapchat"], [0.95, 0.35, 0.8, 0.3, 0.1]);
            var effects = Several(random, ["Une meilleure visibilité des actions", "De nouvelles familles, qui ne venaient pas", "Des idées d'activités proposées par les parents", "Aucun changement"], [0.8, 0.45, 0.35, 0.1]);
            var separator = (r % 3) switch { 0 => ", ", 1 => " ; ", _ => " | " };
            var row = new List<object?>
            {
                new DateTime(year, 12, 2 + r % 20, 9 + r % 8, 5 * (r % 12), 0),
                who[r],
                r % 7 == 3 ? "promeneur" : "Promeneur",
                seniority,
                string.Join(separator, networks.Select(n => r % 5 == 2 ? n.ToLowerInvariant() : n)),
                Pick(random, ["Oui, souvent", "Oui, parfois", "Rarement", "Jamais"], [0.1, 0.35, 0.4, 0.15]),
                string.Join(separator, effects),
                Math.Round(3 + random.NextDouble() * 5, 1),
                Pick(random, ["Oui, en réunion d'équipe", "Oui, au quotidien", "Peu", "Non"], [0.45, 0.3, 0.15, 0.1]),
                random.Next(3, 6),
                r % 4 == 1 ? null : FamilyQuotes[r % FamilyQuotes.Length],
            };
            foreach (var (_, weights) in Professions) row.Add(Pick(random, Opinion, weights));
            row.Add(r == 4 ? "Oui, mais au cas par cas, avec des critères clairs." : r == 11 ? "Pas de professionnels libéraux ni marchands de la parentalité." : null);
            const int firstOpinion = 3 + 8; // after the fixed columns and Q1…Q8
            if (r == 6) row[firstOpinion + 4] = "Sans avis"; // O05: outside the four options, rejected with a message
            if (r % 6 == 5) row[firstOpinion + 1] = ((string)row[firstOpinion + 1]!).ToUpperInvariant();
            rows.Add([.. row]);
        }

        using var package = new ExcelPackage();
        var meta = package.Workbook.Worksheets.Add(InputContract.Questionnaire.MetaSheet);
        object[][] description =
        [
            ["Code", QualitativeCode(year)],
            ["Intitulé", "Questionnaire qualitatif des Promeneurs du Net " + year],
            ["Année", year],
            ["Département", "50"],
        ];
        for (var i = 0; i < description.Length; i++)
        {
            meta.Cells[i + 1, 1].Value = description[i][0];
            meta.Cells[i + 1, 2].Value = description[i][1];
        }
        Sheet(package.Workbook.Worksheets.Add(InputContract.Questionnaire.QuestionsSheet), [.. InputContract.Questionnaire.QuestionColumns], questions.Select(q => q.Cast<object?>().ToArray()).ToList());
        Sheet(package.Workbook.Worksheets.Add(InputContract.Questionnaire.ResponsesSheet),
            [.. InputContract.Questionnaire.ResponseColumns, .. questions.Select(q => q[0])], rows);
        package.SaveAs(new FileInfo(path));
        return rows.Count;
    }

    private static int WriteFlash(string folder, int year, List<(string Id, string Departement, string Label)> parentalite, Random random)
    {
        Directory.CreateDirectory(folder);
        var code = FlashCode(year);
        var windows1252 = Encoding.GetEncoding(1252);
        Csv(Path.Combine(folder, $"{code}.questionnaire.csv"), ';', windows1252,
        [
            ["Code", code],
            ["Intitulé", "Questionnaire flash : parents, partenaires, hiérarchie et collègues"],
            ["Année", year.ToString(CultureInfo.InvariantCulture)],
            ["Département", "50"],
        ]);
        Csv(Path.Combine(folder, $"{code}.questions.csv"), ';', windows1252,
        [
            [.. InputContract.Questionnaire.QuestionColumns],
            ["F1", "Comment avez-vous connu le Promeneur du Net ?", "choix unique", "Par la structure|Par un autre parent|Par les réseaux sociaux|Par un partenaire|Autre"],
            ["F2", "Qu'apporte le Promeneur du Net ?", "choix multiple", "Des informations sur les activités|Un contact plus facile, sans se déplacer|Des réponses à mes questions|Une orientation vers d'autres structures|Une meilleure visibilité de l'offre parentalité"],
            ["F3", "Satisfaction globale", "échelle", "1-5"],
            ["F4", "Nombre d'échanges avec le Promeneur du Net cette année", "nombre", ""],
            ["F5", "En quelques mots", "texte", ""],
        ]);

        string[] types = ["Parent", "Parent", "Partenaire", "Parent", "Hiérarchie", "Collègue", "Parent", "Partenaire", "Collègue", "Parent", "Hiérarchie", "Partenaire", "Parent", "Collègue", "Partenaire", "Hierarchie"];
        List<string[]> rows = [[.. InputContract.Questionnaire.ResponseColumns, "F1", "F2", "F3", "F4", "F5"]];
        for (var r = 0; r < types.Length; r++)
        {
            var parent = types[r] == "Parent";
            var known = Pick(random, ["Par la structure", "Par un autre parent", "Par les réseaux sociaux", "Par un partenaire", "Autre"], parent ? [0.4, 0.2, 0.3, 0.05, 0.05] : [0.5, 0, 0.15, 0.3, 0.05]);
            var brings = Several(random, ["Des informations sur les activités", "Un contact plus facile, sans se déplacer", "Des réponses à mes questions", "Une orientation vers d'autres structures", "Une meilleure visibilité de l'offre parentalité"],
                parent ? [0.8, 0.6, 0.4, 0.15, 0.1] : [0.5, 0.2, 0.1, 0.4, 0.6]);
            rows.Add(
            [
                new DateTime(year, 11, 4 + r, 18, 30, 0).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                parentalite[r % parentalite.Count].Id,
                types[r],
                known,
                string.Join(", ", brings),
                random.Next(3, 6).ToString(CultureInfo.InvariantCulture),
                parent ? random.Next(2, 15).ToString(CultureInfo.InvariantCulture) : random.Next(5, 40).ToString(CultureInfo.InvariantCulture),
                r % 3 == 2 ? "" : FlashQuotes[r % FlashQuotes.Length],
            ]);
        }
        // An online form exports UTF-8 with commas: fields holding a comma are quoted.
        Csv(Path.Combine(folder, $"{code}.reponses.csv"), ',', new UTF8Encoding(true), rows);
        return types.Length;
    }

    private static void Sheet(ExcelWorksheet sheet, IReadOnlyList<string> header, IReadOnlyList<object?[]> rows)
    {
        for (var c = 0; c < header.Count; c++) sheet.Cells[1, c + 1].Value = header[c];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cells[r + 2, c + 1];
                cell.Value = rows[r][c];
                if (rows[r][c] is DateTime) cell.Style.Numberformat.Format = "dd/mm/yyyy hh:mm";
            }
    }

    private static void Csv(string path, char separator, Encoding encoding, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(string.Join(separator, row.Select(v => v.IndexOfAny([separator, '"', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v))).Append("\r\n");
        File.WriteAllText(path, sb.ToString(), encoding);
    }

    private static string Pick(Random random, string[] values, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < values.Length; i++)
        {
            x -= weights[i];
            if (x <= 0) return values[i];
        }
        return values[^1];
    }

    /// <summary>Each value with its own probability; at least the likeliest one.</summary>
    private static List<string> Several(Random random, string[] values, double[] probabilities)
    {
        var chosen = values.Where((_, i) => random.NextDouble() < probabilities[i]).ToList();
        if (chosen.Count == 0) chosen.Add(values[Array.IndexOf(probabilities, probabilities.Max())]);
        return chosen;
    }
}
