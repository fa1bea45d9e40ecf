using System.Text.Json;
using Reporting.Domain.Text;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>
/// Text read from files never drives the terminal: a file named with an OSC sequence (<c>ESC]0;…BEL</c>, which
/// retitles the window), a cell holding <c>ESC[2J</c> (which clears the screen), C1 controls and bidirectional
/// overrides are printed as their codes — in the charger summary (quarantine and rejection lists), in the
/// <c>.erreur.txt</c> notes, in error messages and in the questionnaire tables — and kept exactly in JSON (as escapes).
/// </summary>
public sealed class EscapeSequenceTests
{
    private const string Esc = "\u001b";
    private const string Bel = "\u0007";

    [Theory]
    [InlineData("\u001b[2J", "<U+001B>[2J")]
    [InlineData("a\u0007b\u0008c\rd\ne\u007ff", "a<U+0007>b<U+0008>c<U+000D>d<U+000A>e<U+007F>f")]
    [InlineData("\u009b31m\u0085", "<U+009B>31m<U+0085>")]
    [InlineData("abc\u202Efdp.exe\u2066\u2069\u202A", "abc<U+202E>fdp.exe<U+2066><U+2069><U+202A>")]
    [InlineData("Zoé\tà l'écoute — 100 % 😀 \u00A0\u200B", "Zoé\tà l'écoute — 100 % 😀 \u00A0\u200B")]
    public void Control_characters_are_shown_as_their_code_and_nothing_else_changes(string text, string shown)
    {
        Assert.Equal(shown, ControlCharacters.Neutralise(text));
    }

    [Fact]
    public void Every_character_of_the_unsafe_classes_is_neutralised()
    {
        var unsafeChars = Enumerable.Range(0, 0x20).Where(c => c != '\t')
            .Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Select(c => (char)c).ToList();

        Assert.Equal(31 + 33 + 5 + 4, unsafeChars.Count);
        Assert.All(unsafeChars, c => Assert.Equal($"<U+{(int)c:X4}>", ControlCharacters.Neutralise(c.ToString())));
        Assert.Equal(unsafeChars.Count, Enumerable.Range(0, 0x3000).Count(c => ControlCharacters.IsUnsafe((char)c)));
    }

    [SkippableFact]
    public void The_charger_summary_and_the_quarantine_note_show_codes_not_sequences()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows refuses control characters in file names.");
        using var w = new TestWarehouse();
        // A CSV cell holds the raw bytes (an xlsx cannot: XML has no ESC, Excel writes it _x001B_).
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;",
            $"PDN-50-0002;DURAND;Paul;CS-50-001;50;Jeunesse;;{Esc}[2J{Esc}[31m01/01/2018\u009b;");
        var hostileName = $"{Esc}]0;piégé{Bel}notes\u202Etxt.csv";
        File.WriteAllText(w.InDepot(hostileName), "rien à voir");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", "dix\u009b[2J\u202E", 0, 1, 10, 1, 1)
            .Save(w.InDepot("suivi.xlsx"));
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", w.DatabasePath, "charger", "--depot", w.Depot, "--archives", w.Archives, "--quarantaine", w.Quarantine);

        Assert.True(code == 0, cli.ToString());
        AssertNoControl(cli.Console + cli.Error + cli.Out);
        Assert.Contains("<U+001B>]0;piégé<U+0007>notes<U+202E>txt.csv : Fichier non reconnu", cli.Console);
        Assert.True(cli.Console.Contains("« <U+001B>[2J<U+001B>[31m01/01/2018<U+009B> »", StringComparison.Ordinal), cli.Console);
        Assert.True(cli.Console.Contains("« dix<U+009B>[2J<U+202E> » n'est pas un nombre d'heures", StringComparison.Ordinal), cli.Console);
        var note = Assert.Single(Directory.GetFiles(w.Quarantine, "*.erreur.txt", SearchOption.AllDirectories));
        var text = File.ReadAllText(note);
        AssertNoControl(text.Replace("\r", "").Replace("\n", ""));
        Assert.Contains("Fichier : <U+001B>]0;piégé<U+0007>notes<U+202E>txt.csv", text);
        // The files themselves keep their names: nothing read is altered.
        Assert.Equal([$"2020-02-15/{hostileName}", $"2020-02-15/{hostileName}.erreur.txt"], WarehouseRows.FilesUnder(w.Quarantine));
    }

    [Fact]
    public void Error_messages_show_codes_not_sequences()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine($"dépôt{Esc}[2J\u202Eabc");

        var (code, cli) = CliHarness.Execute("--entrepot", folder.Combine("e.duckdb"), "charger", "--depot", depot);

        Assert.Equal(1, code);
        AssertNoControl(cli.Error.TrimEnd('\n', '\r'));
        Assert.Contains("dépôt<U+001B>[2J<U+202E>abc", cli.Error);
    }

    [Fact]
    public void Questionnaire_texts_are_neutralised_on_screen_and_kept_exactly_in_json()
    {
        using var w = new TestWarehouse();
        Questionnaires.QuestionnaireSamples.References(w);
        var hostile = "Très bien\u009b2J\u202Elien\u2066"; // C1 and bidirectional controls: an xlsx can hold them
        Questionnaires.QuestionnaireSamples.Flash()
            .Response("06/12/2019 10:00", "PDN-50-0002", "Parent", "Jamais", null, 2, null, hostile)
            .SaveWorkbook(w.InDepot("QF-2019.xlsx"), Questionnaires.QuestionnaireSamples.Sent);
        w.Load();

        var (screen, table) = CliHarness.Execute("--entrepot", w.DatabasePath, "questionnaire", "--code", "QF-2019", "--textes");
        var (json, machine) = CliHarness.Execute("--entrepot", w.DatabasePath, "questionnaire", "--code", "QF-2019", "--textes", "--format", "json");

        Assert.Equal((0, 0), (screen, json));
        AssertNoControl(table.Console);
        Assert.True(table.Console.Contains("Très bien<U+009B>2J<U+202E>lien<U+2066>", StringComparison.Ordinal), table.Console);
        AssertNoControl(machine.Out.Replace("\n", "").Replace("\r", ""));
        using var document = JsonDocument.Parse(machine.Out);
        Assert.Contains(hostile, Citations(document.RootElement)); // the same characters, written as JSON escapes
    }

    private static List<string> Citations(JsonElement element)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "citations" && p.Value.ValueKind == JsonValueKind.Array) found.AddRange(p.Value.EnumerateArray().Select(x => x.GetString()!));
                    else Walk(p.Value);
                }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var x in e.EnumerateArray()) Walk(x);
        }
        Walk(element);
        return found;
    }

    private static void AssertNoControl(string printed)
    {
        var found = printed.Where(c => ControlCharacters.IsUnsafe(c) && c is not '\n' and not '\r').Select(ControlCharacters.CodeOf).Distinct().ToList();
        Assert.True(found.Count == 0, "printed as is: " + string.Join(", ", found));
    }
}
