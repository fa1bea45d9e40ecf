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
        var unknownCommand = UnknownCommand(parse);
        if (unknownCommand is not null)
        {
            // A mistyped command: one line naming it (the words after it mean nothing without it), with the nearest command.
            var nearest = Nearest(unknownCommand, command.Subcommands.Select(c => c.Name));
            var path = CommandPath(command);
            messages.Add($"Commande « {unknownCommand} » inconnue." + (nearest is null ? string.Empty : $" Vouliez-vous dire « {path} {nearest} » ?") + $" Voir « {path} --help ».");
        }
        else
        {
            foreach (var token in parse.UnmatchedTokens)
                messages.Add($"Argument « {token} » non reconnu. Voir « reporting --help ».");
        }
        if (messages.Count == 0) messages.AddRange(parse.Errors.Select(e => e.Message));
        return messages.Distinct().ToList();
    }

    /// <summary>The first unmatched word when it stands where a subcommand was expected (a command with subcommands and no action of its own).</summary>
    private static string? UnknownCommand(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (command.Subcommands.Count == 0 || command.Action is not null) return null;
        var first = parse.UnmatchedTokens.FirstOrDefault();
        return first is null || first.StartsWith('-') ? null : first;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null && c is not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names.Prepend("reporting"));
    }

    /// <summary>The command nearest to a mistyped word (at most a third of its letters changed), or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(typed.ToLowerInvariant(), c)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Max(typed.Length, best.Name.Length) / 3) ? best.Name : null;
    }

    /// <summary>Edits (insertions, deletions, substitutions, swaps of two neighbours) from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
