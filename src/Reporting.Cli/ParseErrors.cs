using System.CommandLine;
using System.CommandLine.Parsing;

namespace Reporting.Cli;

/// <summary>
/// French messages for the arguments the parser itself refuses (a missing required option, a value
/// of the wrong type, an unknown word). System.CommandLine's own messages are partly English, go
/// with the help on the standard output and exit with 1; the contract is a French message on the
/// error output and exit code 2 (README, « Codes de sortie »).
/// </summary>
public static class ParseErrors
{
    public static IReadOnlyList<string> Messages(ParseResult parse)
    {
        var messages = new List<string>();
        var command = parse.CommandResult.Command;
        if (command.Action is null && command.Subcommands.Count > 0 && parse.UnmatchedTokens.Count == 0)
            messages.Add($"Indiquez une commande : {string.Join(", ", command.Subcommands.Select(c => c.Name))}. Voir « reporting --help ».");
        foreach (var error in parse.Errors)
        {
            var result = error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult;
            if (result is null) continue;
            var option = result.Option;
            var value = string.Join(" ", result.Tokens.Select(t => t.Value));
            messages.Add(result.Implicit || result.IdentifierToken is null ? $"Option {option.Name} manquante. {option.Description}"
                : value.Length == 0 ? $"Valeur manquante pour l'option {option.Name}. {option.Description}"
                : $"Valeur « {value} » invalide pour l'option {option.Name}. {option.Description}");
        }
        foreach (var token in parse.UnmatchedTokens)
            messages.Add($"Argument « {token} » non reconnu. Voir « reporting --help ».");
        if (messages.Count == 0) messages.AddRange(parse.Errors.Select(e => e.Message));
        return messages.Distinct().ToList();
    }
}
