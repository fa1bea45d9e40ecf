using Reporting.Domain.Model;

namespace Reporting.Warehouse.Loading;

/// <summary>The parts of a questionnaire a file carries: the workbook carries all three, each CSV file one.</summary>
[Flags]
public enum QuestionnairePart
{
    Meta = 1,
    Questions = 2,
    Responses = 4,
    All = Meta | Questions | Responses,
}

/// <summary>One file of a questionnaire as its audit row records it.</summary>
public sealed record QuestionnaireFile(
    FileAudit Audit,
    QuestionnairePart Parts,
    int RowsLoaded,
    int RowsRejected,
    IReadOnlyList<Rejection> Rejections,
    string? Message);

public sealed partial class DuckDbWarehouseWriter
{
    /// <summary>Durable ids of the promeneurs the warehouse knows (questionnaire answers name them).</summary>
    public HashSet<string> KnownPromeneurs() =>
        session.Query<string>("duckdb/load/promeneur_ids.sql").ToHashSet(StringComparer.Ordinal);

    /// <summary>The files of the loaded version of a questionnaire (empty when the code was never loaded).</summary>
    public IReadOnlyList<KnownFile> QuestionnaireFiles(string code) =>
        session.Query<KnownFile>("duckdb/load/questionnaire_files.sql", new { code }).ToList();

    /// <summary>
    /// Loads a questionnaire from its file(s) in one transaction: an audit row per file with its rejected
    /// cells, the questionnaire (type 1 by code), its questions and options, and one fact row per answer
    /// value. A questionnaire already loaded under the same code is replaced entirely: its questions,
    /// options and answers are deleted and its files marked as replaced.
    /// </summary>
    public int LoadQuestionnaire(QuestionnaireContent content, IReadOnlyList<QuestionnaireFile> files)
    {
        using var tx = session.Begin();
        var code = content.Meta.Code;
        var previous = session.QuerySingleOrDefault<int?>("duckdb/load/questionnaire_key_of.sql", new { code }, tx);
        if (previous is int old)
        {
            foreach (var file in session.Query<KnownFile>("duckdb/load/questionnaire_files.sql", new { code }, tx).ToList())
                session.Execute("duckdb/load/source_file_supersede.sql", new { file_key = file.FileKey }, tx);
            session.Execute("duckdb/load/response_delete_questionnaire.sql", new { questionnaire_key = old }, tx);
            session.Execute("duckdb/load/question_option_delete_questionnaire.sql", new { questionnaire_key = old }, tx);
            session.Execute("duckdb/load/question_delete_questionnaire.sql", new { questionnaire_key = old }, tx);
        }

        var fileKeys = new Dictionary<QuestionnairePart, int>();
        foreach (var file in files)
        {
            var key = InsertFile(file.Audit, FileStatus.Loaded, file.RowsLoaded, file.RowsRejected, file.Message, tx);
            InsertRejections(key, file.Rejections, tx);
            foreach (var part in new[] { QuestionnairePart.Meta, QuestionnairePart.Questions, QuestionnairePart.Responses })
                if (file.Parts.HasFlag(part)) fileKeys[part] = key;
        }

        var meta = content.Meta;
        var questionnaireKey = session.ExecuteScalar<int>("duckdb/load/questionnaire_upsert.sql", new
        {
            code,
            title = meta.Intitule,
            survey_year = (short)meta.Annee,
            departement_code = meta.Departement,
            source_file_key = fileKeys[QuestionnairePart.Meta],
        }, tx);

        var questionKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var optionKeys = new Dictionary<(string, int), int>();
        foreach (var q in content.Questions)
        {
            var questionKey = session.ExecuteScalar<int>("duckdb/load/question_insert.sql", new
            {
                questionnaire_key = questionnaireKey,
                question_number = (short)q.Number,
                code = q.Code,
                label = q.Libelle,
                question_type = q.Type,
                scale_min = (short?)q.ScaleMin,
                scale_max = (short?)q.ScaleMax,
                source_file_key = fileKeys[QuestionnairePart.Questions],
            }, tx);
            questionKeys[q.Code] = questionKey;
            for (var i = 0; i < q.Options.Count; i++)
                optionKeys[(q.Code, i + 1)] = session.ExecuteScalar<int>("duckdb/load/question_option_insert.sql",
                    new { question_key = questionKey, option_number = (short)(i + 1), label = q.Options[i] }, tx);
        }

        // Column order of fact.response (sql/duckdb/schema/003_questionnaires.sql).
        var responsesFile = fileKeys[QuestionnairePart.Responses];
        session.BulkInsert("fact", "response", content.Respondents.SelectMany(r => r.Answers.Select(a => new object?[]
        {
            questionnaireKey,
            questionKeys[a.QuestionCode],
            r.Number,
            r.Type,
            r.PromeneurId,
            r.AnsweredAt,
            a.OptionNumber is int o ? optionKeys[(a.QuestionCode, o)] : null,
            a.Number,
            a.Text,
            responsesFile,
            r.SourceRow,
        })));
        tx.Commit();
        return questionnaireKey;
    }
}
