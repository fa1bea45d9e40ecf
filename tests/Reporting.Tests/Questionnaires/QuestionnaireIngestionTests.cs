using System.Text;
using Dapper;
using Reporting.Indicators.Questionnaires;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Questionnaires;

/// <summary>A small questionnaire whose results are computed by hand, and the promeneurs it names.</summary>
public static class QuestionnaireSamples
{
    public static readonly DateTime Sent = new(2020, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The promeneurs the answers name.</summary>
    public static void References(TestWarehouse w) =>
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;DUPONT;Camille;CS-50-001;50;Parentalité;Référent famille;01/10/2018;",
            "PDN-50-0002;MARTIN;Léa;CS-50-002;50;Parentalité;Référent famille;01/10/2018;");

    /// <summary>
    /// Four respondents whose results are computed by hand in QuestionnaireIngestionTests;
    /// the fourth's Q1 ("Sans avis") is outside the options.
    /// </summary>
    public static QuestionnaireBuilder Flash() => new QuestionnaireBuilder("QF-2019", "Évaluation flash des Promeneurs du Net Parentalité")
        .Question("Q1", "Êtes-vous sollicité(e) en ligne ?", "choix unique", "Oui, souvent|Oui, parfois|Jamais")
        .Question("Q2", "Qu'apporte le Promeneur du Net ?", "choix multiple", "Des informations|Un contact plus facile, sans se déplacer|Des réponses à mes questions")
        .Question("Q3", "Satisfaction", "échelle", "1-5")
        .Question("Q4", "Échanges par mois", "nombre")
        .Question("Q5", "En quelques mots", "texte")
        .Response("02/12/2019 10:00", "PDN-50-0001", "Promeneur", "Oui, souvent", "Des informations, Un contact plus facile, sans se déplacer", 5, "3,5", "=SOMME(A1:A2)")
        .Response("03/12/2019 10:00", "PDN-50-0001", "Parent", "oui, parfois", "Un contact plus facile, sans se déplacer", 3, 4, null)
        .Response("04/12/2019 10:00", "PDN-50-0002", "Parent", "Oui, souvent", "Des réponses à mes questions | Des informations", "3", null, "+1 pour les cafés des parents")
        .Response("05/12/2019 10:00", "PDN-50-0002", "Partenaire", "Sans avis", null, 4, "1.5", null);

    public static QuestionnaireResult Results(TestWarehouse w, string code, string? type = null, bool citations = false)
    {
        using var session = w.Open();
        return new QuestionnaireService(session).Compute(code, type, citations)!;
    }
}

/// <summary>Questionnaires through the whole pipeline: workbook or three CSV files → warehouse → results.</summary>
public sealed class QuestionnaireIngestionTests
{
    private static readonly DateTime Sent = QuestionnaireSamples.Sent;

    private static void References(TestWarehouse w) => QuestionnaireSamples.References(w);

    private static QuestionnaireBuilder Flash() => QuestionnaireSamples.Flash();

    private static QuestionnaireResult Results(TestWarehouse w, string code, string? type = null, bool citations = false) =>
        QuestionnaireSamples.Results(w, code, type, citations);

    [Fact]
    public void The_results_are_the_hand_computed_ones()
    {
        using var w = new TestWarehouse();
        References(w);
        Flash().SaveWorkbook(w.InDepot("questionnaires", "QF-2019.xlsx"), Sent);

        var report = w.Load();

        var file = report.Files.Single(f => f.Path.EndsWith("QF-2019.xlsx", StringComparison.Ordinal));
        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Equal(5 + 4, file.RowsLoaded);
        Assert.Equal(0, file.RowsRejected);
        Assert.Equal("Questionnaire QF-2019 : 5 questions, 4 répondants.", file.Message);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(("Réponses", 5, "Q1", "D5", "Sans avis"), (rejection.Sheet, rejection.Row, rejection.Column, rejection.Cell, rejection.Value));

        var r = Results(w, "qf-2019");
        Assert.Equal(("QF-2019", "Évaluation flash des Promeneurs du Net Parentalité", 4), (r.Code, r.Intitule, r.Reponses));
        var (q1, q2, q3, q4, q5) = (r.Questions[0], r.Questions[1], r.Questions[2], r.Questions[3], r.Questions[4]);
        Assert.Equal([("Oui, souvent", 2), ("Oui, parfois", 1), ("Jamais", 0)], q1.Modalites);
        Assert.Equal(3, q1.Repondants);
        Assert.Equal([("Des informations", 2), ("Un contact plus facile, sans se déplacer", 2), ("Des réponses à mes questions", 1)], q2.Modalites);
        Assert.Equal((3.75m, 3m, 5m), (q3.Moyenne, q3.Min, q3.Max));
        Assert.Equal([(1, 0), (2, 0), (3, 2), (4, 1), (5, 1)], q3.Repartition);
        Assert.Equal((3m, 1.5m, 4m), (q4.Moyenne, q4.Min, q4.Max));
        Assert.Null(q4.Repartition);
        Assert.Equal(2, q5.Textes);
    }

    [Fact]
    public void The_respondent_type_restricts_every_figure()
    {
        using var w = new TestWarehouse();
        References(w);
        Flash().SaveWorkbook(w.InDepot("QF-2019.xlsx"), Sent);
        w.Load();

        var parents = Results(w, "QF-2019", "Parent");
        Assert.Equal(2, parents.Reponses);
        Assert.Equal([("Oui, souvent", 1), ("Oui, parfois", 1), ("Jamais", 0)], parents.Questions[0].Modalites);
        Assert.Equal([1, 1, 1], parents.Questions[1].Modalites!.Select(m => m.Count));
        Assert.Equal((3m, 3m, 3m), (parents.Questions[2].Moyenne, parents.Questions[2].Min, parents.Questions[2].Max));
        Assert.Equal([0, 0, 2, 0, 0], parents.Questions[2].Repartition!.Select(v => v.Count));
        Assert.Equal(4m, parents.Questions[3].Moyenne);
        Assert.Equal(1, parents.Questions[4].Textes);

        var partenaires = Results(w, "QF-2019", "Partenaire");
        Assert.Equal(1, partenaires.Reponses);
        Assert.All(partenaires.Questions[0].Modalites!, m => Assert.Equal(0, m.Count));
        Assert.Equal(1.5m, partenaires.Questions[3].Moyenne);

        var hierarchie = Results(w, "QF-2019", "Hiérarchie");
        Assert.Equal(0, hierarchie.Reponses);
        Assert.Equal((null, null, null), (hierarchie.Questions[2].Moyenne, hierarchie.Questions[2].Min, hierarchie.Questions[2].Max));
        Assert.Equal(5, hierarchie.Questions[2].Repartition!.Count);
    }

    public static TheoryData<string, char> Encodings => new()
    {
        { "utf-8 BOM", ';' },
        { "utf-8", ',' },
        { "windows-1252", ';' },
        { "windows-1252", ',' },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_three_CSV_files_load_together_in_either_encoding_and_separator(string encoding, char separator)
    {
        using var w = new TestWarehouse();
        References(w);
        var text = encoding switch { "utf-8 BOM" => ReferenceFiles.Utf8Bom, "utf-8" => ReferenceFiles.Utf8, _ => ReferenceFiles.Windows1252 };
        var (meta, questions, responses) = Flash().SaveCsv(w.InDepot("flash"), text, separator, lastModifiedUtc: Sent);

        var report = w.Load();

        var files = report.Files.Where(f => f.Path.Contains("QF-2019", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.Equal([(meta, 0), (questions, 5), (responses, 4)], files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (f.Path, f.RowsLoaded)).OrderBy(f => f.Path, StringComparer.Ordinal));
        var rejection = Assert.Single(files.Single(f => f.Path == responses).Rejections);
        Assert.Equal(("", 5, "Q1", "Sans avis"), (rejection.Sheet, rejection.Row, rejection.Column, rejection.Value));

        var r = Results(w, "QF-2019");
        Assert.Equal("Évaluation flash des Promeneurs du Net Parentalité", r.Intitule);
        Assert.Equal(["Êtes-vous sollicité(e) en ligne ?", "Qu'apporte le Promeneur du Net ?", "Satisfaction", "Échanges par mois", "En quelques mots"], r.Questions.Select(q => q.Libelle));
        Assert.Equal(4, r.Reponses);
        Assert.Equal([2, 2, 1], r.Questions[1].Modalites!.Select(m => m.Count));
        Assert.Equal(3.75m, r.Questions[2].Moyenne);
        Assert.Equal(3m, r.Questions[3].Moyenne);
        Assert.Equal(2, r.Questions[4].Textes);
        Assert.Equal(1, Results(w, "QF-2019", "Promeneur").Reponses);
        Assert.All([meta, questions, responses], p => Assert.False(File.Exists(p)));
    }

    [Fact]
    public void A_questionnaire_missing_one_of_its_three_files_is_quarantined_once_every_file_is_seen()
    {
        using var w = new TestWarehouse();
        References(w);
        var (meta, questions, responses) = Flash().SaveCsv(w.InDepot("a"), lastModifiedUtc: Sent);
        Directory.CreateDirectory(w.InDepot("b"));
        File.Move(responses, w.InDepot("b", "QF-2019.reponses.csv"));
        File.Delete(questions);

        var report = w.Load();

        var files = report.Files.Where(f => f.Path.Contains("QF-2019", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, files.Count);
        const string reason = "Questionnaire « QF-2019 » incomplet : le fichier des questions (QF-2019.questions.csv) manque dans le dépôt. " +
                              "Un questionnaire en CSV se dépose en trois fichiers : QF-2019.questionnaire.csv, QF-2019.questions.csv et QF-2019.reponses.csv.";
        Assert.All(files, f => Assert.Equal((FileStatus.Quarantined, reason), (f.Status, f.Message)));
        Assert.All(files, f => Assert.True(File.Exists(f.StoredPath + ".erreur.txt")));
        Assert.False(File.Exists(meta));
        using var session = w.Open();
        Assert.Empty(new QuestionnaireService(session).List());
    }

    [Fact]
    public void Files_whose_names_announce_another_code_are_quarantined()
    {
        using var w = new TestWarehouse();
        References(w);
        Flash().SaveCsv(w.InDepot(), prefix: "QF-2020", lastModifiedUtc: Sent);

        var report = w.Load();

        var files = report.Files.Where(f => f.Path.Contains("QF-2020", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal(FileStatus.Quarantined, f.Status));
        Assert.Equal(
            "Questionnaire « QF-2020 » non chargé : Le fichier « QF-2020.questionnaire.csv » décrit le questionnaire « QF-2019 », mais les noms des fichiers annoncent « QF-2020 » : " +
            "corrigez le code, ou nommez les trois fichiers QF-2019.questionnaire.csv, QF-2019.questions.csv et QF-2019.reponses.csv.",
            files[0].Message);
    }

    [Fact]
    public void Re_sending_a_questionnaire_replaces_its_questions_and_all_its_answers()
    {
        using var w = new TestWarehouse();
        References(w);
        Flash().SaveWorkbook(w.InDepot("QF-2019.xlsx"), Sent);
        w.Load();

        // The corrected version comes back as three CSV files: one question fewer, two respondents.
        new QuestionnaireBuilder("QF-2019", "Évaluation flash (corrigée)")
            .Question("Q1", "Êtes-vous sollicité(e) en ligne ?", "choix unique", "Oui, souvent|Oui, parfois|Jamais")
            .Question("Q3", "Satisfaction", "échelle", "1-10")
            .Response(null, "PDN-50-0002", "Parent", "Jamais", 9)
            .Response(null, null, "Collègue", "Jamais", 7)
            .SaveCsv(w.InDepot("retour"), lastModifiedUtc: Sent.AddDays(3));
        var report = w.Load();

        Assert.All(report.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.StartsWith("Questionnaire QF-2019 : 2 questions, 2 répondants. Remplace la version chargée le ", report.Files[0].Message);
        Assert.EndsWith("(« QF-2019.xlsx ») : ses questions et toutes ses réponses.", report.Files[0].Message);
        var r = Results(w, "QF-2019");
        Assert.Equal(("Évaluation flash (corrigée)", 2), (r.Intitule, r.Reponses));
        Assert.Equal(["Q1", "Q3"], r.Questions.Select(q => q.Code));
        Assert.Equal([0, 0, 2], r.Questions[0].Modalites!.Select(m => m.Count));
        Assert.Equal(10, r.Questions[1].Repartition!.Count);
        Assert.Equal(8m, r.Questions[1].Moyenne);

        using var session = w.Open();
        Assert.Equal(4L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact.response"));
        Assert.Equal(2L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim.question"));
        Assert.Equal(3L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim.question_option"));
        Assert.Equal(1L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim.questionnaire"));
        Assert.Equal("Remplacé", session.Connection.ExecuteScalar<string>("SELECT status FROM etl.source_file WHERE file_name = 'QF-2019.xlsx'"));
    }

    [Fact]
    public void New_answers_load_with_an_unchanged_description_and_questions_and_identical_files_are_skipped()
    {
        using var w = new TestWarehouse();
        References(w);
        var flash = Flash();
        var first = flash.SaveCsv(w.InDepot("envoi1"), lastModifiedUtc: Sent);
        var copies = (File.ReadAllBytes(first.Meta), File.ReadAllBytes(first.Questions), File.ReadAllBytes(first.Responses));
        w.Load();

        // The same three files again: nothing to do.
        Directory.CreateDirectory(w.InDepot("envoi2"));
        File.WriteAllBytes(w.InDepot("envoi2", "QF-2019.questionnaire.csv"), copies.Item1);
        File.WriteAllBytes(w.InDepot("envoi2", "QF-2019.questions.csv"), copies.Item2);
        File.WriteAllBytes(w.InDepot("envoi2", "QF-2019.reponses.csv"), copies.Item3);
        var again = w.Load();
        Assert.All(again.Files, f => Assert.Equal(FileStatus.Duplicate, f.Status));

        // Same description and questions (identical bytes), one more respondent: the three load together.
        flash.Response(null, null, "Hiérarchie", "Jamais", "Des informations", 2, 1, "Très bien");
        flash.SaveCsv(w.InDepot("envoi3"), lastModifiedUtc: Sent.AddDays(5));
        var third = w.Load();
        Assert.All(third.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.Equal(5, Results(w, "QF-2019").Reponses);
        Assert.Equal(1, Results(w, "QF-2019", "Hiérarchie").Reponses);
    }

    [Fact]
    public void The_newest_copy_of_a_part_is_loaded_and_an_older_one_is_set_aside()
    {
        using var w = new TestWarehouse();
        References(w);
        var (_, _, responses) = Flash().SaveCsv(w.InDepot(), lastModifiedUtc: Sent);
        var older = w.InDepot("QF-2019.reponses (ancien).csv");
        QuestionnaireBuilder.Write(older, [["Horodatage", "Identifiant PdN", "Type de répondant", "Q1"], [null, null, "Parent", "Jamais"]], Encoding.UTF8, ';', Sent.AddDays(-30));

        var report = w.Load();

        Assert.Equal(FileStatus.Older, report.Files.Single(f => f.Path == older).Status);
        Assert.Equal(FileStatus.Loaded, report.Files.Single(f => f.Path == responses).Status);
        Assert.Equal(4, Results(w, "QF-2019").Reponses);
    }

    [Fact]
    public void A_free_text_starting_with_an_equals_sign_is_stored_and_given_back_as_text()
    {
        using var w = new TestWarehouse();
        References(w);
        Flash().SaveCsv(w.InDepot(), lastModifiedUtc: Sent);
        w.Load();

        using (var session = w.Open())
            Assert.Equal(
                ["=SOMME(A1:A2)", "+1 pour les cafés des parents"],
                session.Connection.Query<string>("SELECT text_value FROM rpt.response WHERE question_code = 'Q5' ORDER BY respondent_number"));
        Assert.Equal(["=SOMME(A1:A2)", "+1 pour les cafés des parents"], Results(w, "QF-2019", citations: true).Questions[4].Citations);
    }
}
