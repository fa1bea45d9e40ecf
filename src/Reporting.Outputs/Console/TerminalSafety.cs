using System.Text;
using Reporting.Domain.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reporting.Outputs.Console;

/// <summary>
/// What the program prints cannot drive the terminal: every piece of text goes through
/// <see cref="ControlCharacters"/> on its way out. The CLI wraps its console, its error output and its standard
/// output once (<see cref="Console(IAnsiConsole)"/>, <see cref="ErrorWriter"/>, <see cref="OutputWriter"/>); code that
/// builds Spectre markup escapes each value with <see cref="ConsoleText.Escape"/>, which also neutralises line breaks
/// inside a value (the console cannot tell them from the program's own).
/// </summary>
public static class TerminalSafety
{
    /// <summary>A console whose text segments are neutralised (Spectre's own control codes and line breaks pass).</summary>
    public static IAnsiConsole Console(IAnsiConsole console) => console as SafeConsole ?? new SafeConsole(console);

    /// <summary>Error output: each message is neutralised whole (a message is one line).</summary>
    public static TextWriter ErrorWriter(TextWriter writer) => writer as NeutralisingWriter ?? new NeutralisingWriter(writer, ControlCharacters.Neutralise);

    /// <summary>Standard output (JSON, help): line breaks are kept, other unsafe characters become JSON escapes.</summary>
    public static TextWriter OutputWriter(TextWriter writer) => writer as NeutralisingWriter ?? new NeutralisingWriter(writer, ControlCharacters.EscapeForJson);

    private sealed class SafeConsole(IAnsiConsole inner) : IAnsiConsole
    {
        public Profile Profile => inner.Profile;

        public IAnsiConsoleCursor Cursor => inner.Cursor;

        public IAnsiConsoleInput Input => inner.Input;

        public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

        public RenderPipeline Pipeline => inner.Pipeline;

        public void Clear(bool home) => inner.Clear(home);

        public void Write(IRenderable renderable) => inner.Write(new SafeRenderable(renderable));

        public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);
    }

    private sealed class SafeRenderable(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : Safe(s));

        private static Segment Safe(Segment segment)
        {
            var text = ControlCharacters.Neutralise(segment.Text);
            return ReferenceEquals(text, segment.Text) ? segment : new Segment(text, segment.Style, segment.Link);
        }
    }

    private sealed class NeutralisingWriter(TextWriter inner, Func<string?, string> neutralise) : TextWriter(inner.FormatProvider)
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value is '\n' or '\r' || !ControlCharacters.IsUnsafe(value)) inner.Write(value);
            else inner.Write(neutralise(value.ToString()));
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            // The writer's own line ends (WriteLine) arrive here alone: they pass.
            if (value == NewLine) inner.Write(value);
            else inner.Write(neutralise(value));
        }

        public override void WriteLine(string? value) => inner.WriteLine(neutralise(value));

        public override void WriteLine() => inner.WriteLine();

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Flush();
            base.Dispose(disposing);
        }
    }
}

/// <summary>Text for Spectre markup.</summary>
public static class ConsoleText
{
    /// <summary>A value escaped for Spectre markup, its control characters (line breaks included) shown as codes.</summary>
#pragma warning disable RS0030 // the one place where Spectre's escape is called
    public static string Escape(string? value) => Markup.Escape(ControlCharacters.Neutralise(value));
#pragma warning restore RS0030
}
