using System.CommandLine;
using Reporting.Domain.Categories;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Console;
using Reporting.Warehouse.Engine;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting questionnaire --code QQ-2019</c>: the questionnaire results contract of INDICATORS.md.</summary>
public static class QuestionnaireCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var code = new Option<string>("--code") { Description = "Code du questionnaire (ex. QQ-2019, QF-2019).", Required = true, HelpName = "code" };
        var type = new Option<string?>("--type-repondant") { Description = $"Ne compter qu'un type de répondant : {Lists.TypeRepondant.Enumerate()} (défaut : tous).", HelpName = "type" };
        var format = new Option<string>("--format") { Description = "Format de sortie : json ou table.", DefaultValueFactory = _ => "table", HelpName = "json|table" };
        format.AcceptOnlyFromAmong("json", "table");
        var textes = new Option<bool>("--textes") { Description = "Affiche aussi les réponses en texte libre, telles qu'elles ont été saisies (clé « citations » en JSON)." };
        var command = new Command("questionnaire", "Affiche les résultats d'un questionnaire (QQ, QF) : effectifs par modalité, moyennes, répartitions.") { code, type, format, textes };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var respondentType = RespondentType(parse.GetValue(type));
            using var session = ReportingCli.OpenForReading(environment, parse, ReportingCli.Location(environment, parse));
            var service = new QuestionnaireService(session);
            var result = service.Compute(parse.GetValue(code)!, respondentType, parse.GetValue(textes))
                ?? throw Unknown(session, service, parse.GetValue(code)!);
            if (parse.GetValue(format) == "json") environment.Out.WriteLine(QuestionnaireJsonWriter.Write(result));
            else QuestionnaireTableWriter.Write(environment.Console, result);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? RespondentType(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || Domain.Text.TextKey.Equal(raw, "tous")) return null;
        return Lists.TypeRepondant.TryMatch(raw, out var canonical)
            ? canonical
            : throw new CliException($"Type de répondant « {raw} » inconnu : valeurs attendues {Lists.TypeRepondant.Enumerate()}.", ExitCodes.BadArguments);
    }

    private static CliException Unknown(WarehouseSession session, QuestionnaireService service, string code)
    {
        var loaded = service.List();
        return loaded.Count == 0
            ? new CliException($"Aucun questionnaire n'est chargé dans l'entrepôt {session.Location.Display()} : déposez-le (classeur ou trois fichiers CSV) puis lancez « reporting charger --depot <dossier> ».")
            : new CliException($"Questionnaire « {code.Trim()} » inconnu : questionnaire{(loaded.Count > 1 ? "s" : "")} chargé{(loaded.Count > 1 ? "s" : "")} : {string.Join(", ", loaded.Select(q => q.Code))}.", ExitCodes.BadArguments);
    }
}
