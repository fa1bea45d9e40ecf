using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace Reporting.Cli;

/// <summary>
/// <c>--help</c> entirely in French. System.CommandLine 2.0.0's French resources leave a few texts in
/// English (the help option itself, « (REQUIRED) », « [default: … ] », « [command] », the extra arguments
/// of <c>service</c>): the help is written by the library's own builder, then those texts are translated.
/// </summary>
public static partial class FrenchHelp
{
    public const string HelpDescription = "Affiche l'aide et l'utilisation de la commande.";

    /// <summary>Gives the root's help option a French description and an action that writes French help.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = HelpDescription;
            help.Action = new Action();
        }
    }

    /// <summary>The library's help text with its English leftovers translated.</summary>
    public static string Translate(string help)
    {
        help = help.Replace("(REQUIRED)", "(OBLIGATOIRE)", StringComparison.Ordinal)
            .Replace("[command]", "[commande]", StringComparison.Ordinal)
            .Replace("<additional arguments>", "<réglages>", StringComparison.Ordinal)
            .Replace("Arguments passed to the application that is being run.", "Réglages de la configuration passés au service (ex. --Service:IntervalleChargement=00:05:00).", StringComparison.Ordinal);
        help = DefaultValue().Replace(help, "[défaut : ${value}]");
        return Realign(TitleColon().Replace(help, "${title} :"));
    }

    /// <summary>The translations are longer than the English: the second column of each block of rows is aligned again.</summary>
    private static string Realign(string help)
    {
        var lines = help.Split('\n');
        for (var start = 0; start < lines.Length;)
        {
            var end = start;
            while (end < lines.Length && TwoColumns().IsMatch(lines[end])) end++;
            if (end == start)
            {
                start++;
                continue;
            }
            var rows = Enumerable.Range(start, end - start).Select(i => TwoColumns().Match(lines[i])).ToList();
            var width = rows.Max(m => m.Groups["first"].Value.Length) + 2;
            for (var i = start; i < end; i++)
            {
                var m = rows[i - start];
                lines[i] = "  " + m.Groups["first"].Value.PadRight(width) + m.Groups["second"].Value;
            }
            start = end;
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^  (?<first>\S.*?)\s{2,}(?<second>\S.*)$")]
    private static partial Regex TwoColumns();

    private sealed class Action : SynchronousCommandLineAction
    {
        private readonly HelpAction _library = new();

        /// <summary>Like the library's help: <c>--help</c> is answered even when a required option is missing.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var configuration = parseResult.InvocationConfiguration;
            var output = configuration.Output;
            _library.MaxWidth = Console.IsOutputRedirected ? 1000 : Math.Max(80, SafeWindowWidth());
            using var text = new StringWriter();
            configuration.Output = text;
            try
            {
                _library.Invoke(parseResult);
            }
            finally
            {
                configuration.Output = output;
            }
            output.Write(Translate(text.ToString()));
            return ExitCodes.Success;
        }

        private static int SafeWindowWidth()
        {
            try
            {
                return Console.WindowWidth;
            }
            catch (IOException)
            {
                return 120;
            }
        }
    }

    [GeneratedRegex(@"\[default: (?<value>[^\]]*)\]")]
    private static partial Regex DefaultValue();

    [GeneratedRegex(@"^(?<title>[^\s:][^:\n]*[^\s:]):$", RegexOptions.Multiline)]
    private static partial Regex TitleColon();
}
