using Reporting.Domain.Model;

namespace Reporting.Warehouse.Loading.SqlServer;

public sealed partial class SqlServerWarehouseWriter
{
    public HashSet<string> KnownPromeneurs() =>
        Read(() => _session.Query<string>(Load + "promeneur_ids.sql").ToHashSet(StringComparer.Ordinal));

    public IReadOnlyList<KnownFile> QuestionnaireFiles(string code) =>
        Read(() => _session.Query<KnownFile>(Load + "questionnaire_files.sql", new { code }).ToList());

    /// <summary>
    /// Loads a questionnaire in one transaction, as the DuckDB writer does: the previous version (same code)
    /// is replaced, an audit row per file with its rejected cells, the questionnaire (type 1 by code), its
    /// questions, options and answers staged then inserted set-based. The load key is the first file's key.
    /// </summary>
    public int LoadQuestionnaire(QuestionnaireContent content, IReadOnlyList<QuestionnaireFile> files)
    {
        var code = content.Meta.Code;
        return InTransaction(files[0].Audit, tx =>
        {
            var previous = _session.QuerySingleOrDefault<int?>(Load + "questionnaire_key_of.sql", new { code }, tx);
            if (previous is int old)
            {
                foreach (var file in _session.Query<KnownFile>(Load + "questionnaire_files.sql", new { code }, tx).ToList())
                    _session.Execute(Load + "source_file_supersede.sql", new { file_key = file.FileKey }, tx);
                _session.Execute(Load + "questionnaire_delete_content.sql", new { questionnaire_key = old }, tx);
            }

            var fileKeys = new Dictionary<QuestionnairePart, int>();
            int? loadKey = null;
            var rejections = false;
            foreach (var file in files)
            {
                var key = InsertFile(file.Audit, FileStatus.Loaded, file.RowsLoaded, file.RowsRejected, file.Message, tx);
                loadKey ??= key;
                StageRejections(tx, loadKey.Value, key, file.Rejections);
                rejections |= file.Rejections.Count > 0;
                foreach (var part in new[] { QuestionnairePart.Meta, QuestionnairePart.Questions, QuestionnairePart.Responses })
                    if (file.Parts.HasFlag(part)) fileKeys[part] = key;
            }
            var load = loadKey!.Value;

            var meta = content.Meta;
            var questionnaireKey = _session.ExecuteScalar<int>(Load + "questionnaire_upsert.sql", new
            {
                code,
                title = meta.Intitule,
                survey_year = (short)meta.Annee,
                departement_code = meta.Departement,
                source_file_key = fileKeys[QuestionnairePart.Meta],
            }, tx);

            Stage(tx, "stage.question", content.Questions.Select(q => new object?[]
            {
                load, (short)q.Number, q.Code, q.Libelle, q.Type, (short?)q.ScaleMin, (short?)q.ScaleMax,
            }));
            Stage(tx, "stage.question_option", content.Questions.SelectMany(q => q.Options.Select((label, i) => new object?[]
            {
                load, q.Code, (short)(i + 1), label,
            })));
            Stage(tx, "stage.response", content.Respondents.SelectMany(r => r.Answers.Select(a => new object?[]
            {
                load, a.QuestionCode, r.Number, r.Type, r.PromeneurId, r.AnsweredAt, (short?)a.OptionNumber, a.Number, a.Text, r.SourceRow,
            })));
            _session.Execute(Load + "question_insert.sql", new { load_key = load, questionnaire_key = questionnaireKey, source_file_key = fileKeys[QuestionnairePart.Questions] }, tx);
            if (content.Questions.Any(q => q.Options.Count > 0))
                _session.Execute(Load + "question_option_insert.sql", new { load_key = load, questionnaire_key = questionnaireKey }, tx);
            if (content.Respondents.Any(r => r.Answers.Count > 0))
                _session.Execute(Load + "response_insert.sql", new { load_key = load, questionnaire_key = questionnaireKey, file_key = fileKeys[QuestionnairePart.Responses] }, tx);
            Finish(tx, load, rejections);
            return questionnaireKey;
        },
        whenDone: (_, tx) => _session.QuerySingleOrDefault<int?>(Load + "questionnaire_key_of.sql", new { code }, tx) ?? 0);
    }
}
