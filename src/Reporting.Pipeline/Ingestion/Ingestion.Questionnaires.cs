using System.Globalization;
using Reporting.Domain.Contracts;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Questionnaires;
using Reporting.Warehouse.Loading;
using Q = Reporting.Domain.Contracts.InputContract.Questionnaire;

namespace Reporting.Pipeline.Ingestion;

/// <summary>
/// Questionnaires (INPUTS.md §4): one workbook, or three CSV files <c>&lt;CODE&gt;.questionnaire.csv</c>,
/// <c>&lt;CODE&gt;.questions.csv</c> and <c>&lt;CODE&gt;.reponses.csv</c>. Each file is recognised by its
/// content; the three parts of one questionnaire are then grouped by the <c>&lt;CODE&gt;</c> prefix of their
/// names across the whole run, so a part is only missing once every file of the run has been seen.
/// </summary>
public sealed partial class Ingestion
{
    private static readonly InputKind[] QuestionnaireParts = [InputKind.QuestionnaireMeta, InputKind.QuestionnaireQuestions, InputKind.QuestionnaireResponses];

    private static bool IsQuestionnairePart(InputKind kind) => QuestionnaireParts.Contains(kind);

    /// <summary>"QQ-2019.reponses.csv" → "QQ-2019": the file name without its extension and its last ".part".</summary>
    public static string QuestionnairePrefix(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>
    /// What the run processes together: each file alone, except the CSV parts of questionnaires, one unit
    /// per <c>&lt;CODE&gt;</c> prefix, processed at the place of its first file.
    /// </summary>
    private static List<List<Candidate>> Units(IEnumerable<Candidate> candidates)
    {
        var units = new List<List<Candidate>>();
        var byPrefix = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (!IsQuestionnairePart(c.Kind))
            {
                units.Add([c]);
                continue;
            }
            var key = TextKey.Of(QuestionnairePrefix(c.Path));
            if (byPrefix.TryGetValue(key, out var unit))
            {
                unit.Add(c);
                continue;
            }
            byPrefix[key] = unit = [c];
            units.Add(unit);
        }
        return units;
    }

    private FileAudit AuditOf(int runKey, Candidate c) =>
        new(runKey, Path.GetFileName(c.Path), c.Path, null, c.Sha256, c.Size, c.LastModified, InputContract.Describe(c.Kind), Now());

    /// <summary>A questionnaire workbook: validated against the known promeneurs, then loaded.</summary>
    private FileReport LoadQuestionnaireWorkbook(FileAudit audit, Candidate c)
    {
        QuestionnaireValidation validation;
        try
        {
            using var document = SourceDocument.Open(c.Path, options.Limits);
            validation = QuestionnaireValidator.ValidateWorkbook(document, _writer.KnownPromeneurs().Contains);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            return Quarantine(audit, c, Reason(ex));
        }
        return validation.FileError is not null
            ? Quarantine(audit, c, validation.FileError)
            : LoadQuestionnaire(validation, [(audit, c, QuestionnairePart.All)])[0];
    }

    /// <summary>The CSV (or single-sheet) files of one questionnaire prefix: all three parts load together, or none.</summary>
    private List<FileReport> ProcessQuestionnaireFiles(int runKey, List<Candidate> files)
    {
        // Parts an earlier run loaded but could not archive are archived now, alone: they are not a new questionnaire.
        var reports = new List<FileReport>();
        var unit = new List<Candidate>();
        foreach (var c in files)
        {
            if (_state.FindByHash(c.Sha256) is { } earlier && LeftBehind(earlier, c) is { } cleared) reports.Add(cleared);
            else unit.Add(c);
        }
        if (unit.Count == 0) return reports;

        var prefix = QuestionnairePrefix(unit[0].Path);
        var missing = QuestionnaireParts.Where(k => unit.All(c => c.Kind != k)).ToList();
        if (missing.Count > 0)
        {
            var reason = $"Questionnaire « {prefix} » incomplet : {string.Join(" et ", missing.Select(k => $"le fichier {Role(k)} ({prefix}.{Suffix(k)}.csv)"))} manque{(missing.Count > 1 ? "nt" : "")} dans le dépôt. " +
                         $"Un questionnaire en CSV se dépose en trois fichiers : {prefix}.{Q.MetaFileSuffix}.csv, {prefix}.{Q.QuestionsFileSuffix}.csv et {prefix}.{Q.ResponsesFileSuffix}.csv.";
            foreach (var c in unit) reports.Add(Quarantine(AuditOf(runKey, c), c, reason));
            return reports;
        }

        // The newest file of each part is the one loaded; older copies are set aside afterwards.
        var newest = QuestionnaireParts.ToDictionary(k => k, k => unit.Where(c => c.Kind == k).OrderByDescending(c => c.LastModified).ThenBy(c => c.Path, StringComparer.Ordinal).First());
        var parts = QuestionnaireParts.Select(k => newest[k]).ToList();
        var older = unit.Except(parts).ToList();
        List<FileReport> SetAsideOlder() => older.Select(c => Skip(AuditOf(runKey, c), c, FileStatus.Older,
            $"Une version plus récente de ce fichier (« {Path.GetFileName(newest[c.Kind].Path)} ») est traitée avec le questionnaire {prefix} : celle-ci n'est pas chargée.")).ToList();

        var known = parts.Select(c => _state.FindByHash(c.Sha256)).ToList();
        if (known.All(k => k is not null))
        {
            reports.AddRange(parts.Select((c, i) => Skip(AuditOf(runKey, c), c, FileStatus.Duplicate,
                $"Contenu identique à « {known[i]!.FileName} », déjà chargé le {known[i]!.ProcessedAt.ToLocalTime():dd/MM/yyyy} : rien à faire.")));
            reports.AddRange(SetAsideOlder());
            return reports;
        }

        QuestionnaireValidation validation;
        try
        {
            using var meta = SourceDocument.Open(newest[InputKind.QuestionnaireMeta].Path, options.Limits);
            using var questions = SourceDocument.Open(newest[InputKind.QuestionnaireQuestions].Path, options.Limits);
            using var responses = SourceDocument.Open(newest[InputKind.QuestionnaireResponses].Path, options.Limits);
            validation = QuestionnaireValidator.Validate(
                new(meta, newest[InputKind.QuestionnaireMeta].Sheet!),
                new(questions, newest[InputKind.QuestionnaireQuestions].Sheet!),
                new(responses, newest[InputKind.QuestionnaireResponses].Sheet!),
                _writer.KnownPromeneurs().Contains);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            reports.AddRange(unit.Select(c => Quarantine(AuditOf(runKey, c), c, $"Questionnaire « {prefix} » non chargé : {Reason(ex)}")));
            return reports;
        }

        var error = validation.FileError;
        if (error is null && !TextKey.Equal(validation.Meta.Content!.Code, prefix))
            error = $"Le fichier « {Path.GetFileName(newest[InputKind.QuestionnaireMeta].Path)} » décrit le questionnaire « {validation.Meta.Content.Code} », mais les noms des fichiers annoncent « {prefix} » : " +
                    $"corrigez le code, ou nommez les trois fichiers {validation.Meta.Content.Code}.{Q.MetaFileSuffix}.csv, {validation.Meta.Content.Code}.{Q.QuestionsFileSuffix}.csv et {validation.Meta.Content.Code}.{Q.ResponsesFileSuffix}.csv.";
        if (error is not null)
        {
            reports.AddRange(unit.Select(c => Quarantine(AuditOf(runKey, c), c, $"Questionnaire « {prefix} » non chargé : {error}")));
            return reports;
        }

        reports.AddRange(LoadQuestionnaire(validation,
        [
            (AuditOf(runKey, newest[InputKind.QuestionnaireMeta]), newest[InputKind.QuestionnaireMeta], QuestionnairePart.Meta),
            (AuditOf(runKey, newest[InputKind.QuestionnaireQuestions]), newest[InputKind.QuestionnaireQuestions], QuestionnairePart.Questions),
            (AuditOf(runKey, newest[InputKind.QuestionnaireResponses]), newest[InputKind.QuestionnaireResponses], QuestionnairePart.Responses),
        ]));
        reports.AddRange(SetAsideOlder());
        return reports;
    }

    /// <summary>
    /// Loads a validated questionnaire from its file(s) in one transaction, then archives them. Each file
    /// reports the rows and rejected cells of the parts it carries (the workbook carries all three).
    /// </summary>
    private List<FileReport> LoadQuestionnaire(QuestionnaireValidation validation, IReadOnlyList<(FileAudit Audit, Candidate File, QuestionnairePart Parts)> files)
    {
        var content = validation.Content;
        var message = Replaces(content.Meta.Code, validation.Summary);
        var loaded = files.Select(f =>
        {
            var questions = f.Parts.HasFlag(QuestionnairePart.Questions);
            var responses = f.Parts.HasFlag(QuestionnairePart.Responses);
            var rows = (questions ? content.Questions.Count : 0) + (responses ? content.Respondents.Count : 0);
            var rejected = (questions ? validation.RejectedQuestions : 0) + (responses ? validation.RejectedRespondents : 0);
            IReadOnlyList<Domain.Model.Rejection> rejections = [.. questions ? validation.Questions.Rejections : [], .. responses ? validation.Responses.Rejections : []];
            var stored = _store.ArchivePathFor(f.File.Path);
            return (f.File, Stored: stored, Record: new QuestionnaireFile(f.Audit with { StoredPath = stored, Year = content.Meta.Annee }, f.Parts, rows, rejected, rejections, message));
        }).ToList();
        _writer.LoadQuestionnaire(content, loaded.Select(l => l.Record).ToList());
        foreach (var l in loaded) _state.Loaded(l.File.Sha256, 0, l.Record.Audit.FileName, l.Record.Audit.ProcessedAt, l.File.Path, l.Stored);

        // Committed: each file leaves the depot on its own; one that cannot is « chargé, mais non archivé », like any other kind.
        IReadOnlyList<Warehouse.Loading.KnownFile>? rows = null;
        int? KeyOf(string stored)
        {
            rows ??= _writer.QuestionnaireFiles(content.Meta.Code);
            return rows.FirstOrDefault(r => r.StoredPath == stored)?.FileKey;
        }
        return loaded.Select(l => Archive(
            l.File, new FileReport(l.File.Path, l.File.Kind, FileStatus.Loaded, l.Record.RowsLoaded, l.Record.RowsRejected, message, l.Record.Rejections, l.Stored),
            () => KeyOf(l.Stored) ?? (_writer.FindByHash(l.File.Sha256) is { } k && k.StoredPath == l.Stored ? k.FileKey : null))).ToList();
    }

    /// <summary>The summary of a loaded questionnaire, saying which files of an earlier version it replaces.</summary>
    private string Replaces(string code, string summary)
    {
        var previous = _writer.QuestionnaireFiles(code);
        if (previous.Count == 0) return summary;
        var when = previous[^1].ProcessedAt.ToLocalTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"{summary} Remplace la version chargée le {when} ({string.Join(", ", previous.Select(p => $"« {p.FileName} »"))}) : ses questions et toutes ses réponses.";
    }

    private static string Role(InputKind kind) => kind switch
    {
        InputKind.QuestionnaireMeta => "de description",
        InputKind.QuestionnaireQuestions => "des questions",
        _ => "des réponses",
    };

    private static string Suffix(InputKind kind) => kind switch
    {
        InputKind.QuestionnaireMeta => Q.MetaFileSuffix,
        InputKind.QuestionnaireQuestions => Q.QuestionsFileSuffix,
        _ => Q.ResponsesFileSuffix,
    };
}
