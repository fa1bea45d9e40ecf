using System.Text;

namespace Reporting.PowerBi.Project;

/// <summary>A property line of a TMDL object: <c>name: value</c>, a flag (<c>isHidden</c>) or an expression (<c>source =</c> …).</summary>
public sealed record TmdlProperty(string Name, string? Value, bool IsExpression, int Line);

/// <summary>Something wrong in a TMDL file, at a line (1-based).</summary>
public sealed record TmdlProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}({Line}): {Message}";
}

/// <summary>
/// One TMDL object: <c>&lt;type&gt; &lt;name&gt;[ = &lt;default&gt;]</c>, its properties and children one TAB deeper, the
/// <c>///</c> lines right above it as its description. <c>ref table X</c> is an object of type <c>ref</c> whose
/// <see cref="RefType"/> is <c>table</c>.
/// </summary>
public sealed class TmdlNode
{
    public required string Type { get; init; }

    public string? RefType { get; init; }

    public required string Name { get; init; }

    /// <summary>The default property (a measure's DAX, a partition's source kind, an expression's M, a permission's filter), or null.</summary>
    public string? Default { get; set; }

    public string? Description { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Depth { get; init; }

    public List<TmdlProperty> Properties { get; } = [];

    public List<TmdlNode> Children { get; } = [];

    public string? Property(string name) => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public bool Flag(string name) => Properties.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && (p.Value is null || p.Value.Equals("true", StringComparison.OrdinalIgnoreCase)));

    public IEnumerable<TmdlNode> ChildrenOf(string type) => Children.Where(c => c.Type == type);
}

/// <summary>A parsed TMDL file: its root objects and what could not be read.</summary>
public sealed record TmdlDocument(string File, IReadOnlyList<TmdlNode> Roots, IReadOnlyList<TmdlProblem> Problems);

/// <summary>
/// Reads TMDL (learn.microsoft.com, « TMDL overview »): one TAB per level, objects declared <c>type name</c>, properties
/// <c>name: value</c>, a default property or multi-line expression after <c>=</c> (one level deeper than the object's
/// properties; <c>```</c> keeps text verbatim), names quoted in single quotes when they need it (<c>''</c> is a quote),
/// <c>///</c> descriptions. <c>//</c> comments are not allowed outside DAX and M. Microsoft's TOM serializer cannot be
/// obtained here: this reader is what the program and its tests use.
/// </summary>
public static class TmdlReader
{
    /// <summary>Object keywords (TOM object types in camelCase) besides the root <c>database</c>/<c>model</c>.</summary>
    public static readonly IReadOnlySet<string> ObjectTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "database", "model", "table", "column", "measure", "partition", "relationship", "role", "tablePermission", "columnPermission",
        "expression", "annotation", "extendedProperty", "culture", "linguisticMetadata", "hierarchy", "level", "perspective",
        "perspectiveTable", "perspectiveColumn", "perspectiveMeasure", "perspectiveHierarchy", "dataSource", "queryGroup",
        "calculationGroup", "calculationItem", "kpi", "variation", "refreshPolicy", "formatStringDefinition", "detailRowsDefinition",
        "changedProperty", "excludedArtifact", "alternateOf", "relatedColumnDetails", "dataCoverageDefinition", "analyticsAIMetadata",
    };

    public static TmdlDocument Read(string file, string text)
    {
        var problems = new List<TmdlProblem>();
        var roots = new List<TmdlNode>();
        var stack = new List<TmdlNode>();
        var description = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (text.Length > 0 && text[0] == '\uFEFF') problems.Add(new(file, 1, "the file starts with a byte order mark (UTF-8 without BOM expected)"));
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            if (raw.Trim().Length == 0) continue;
            var depth = Tabs(raw);
            var rest = raw[depth..];
            var lineNumber = i + 1;
            if (rest.StartsWith(' ')) problems.Add(new(file, lineNumber, "indented with spaces: TMDL indents with one TAB per level"));
            rest = rest.Trim();
            if (rest.StartsWith("///", StringComparison.Ordinal))
            {
                description.Add(rest[3..].Trim());
                continue;
            }
            if (rest.StartsWith("//", StringComparison.Ordinal))
            {
                problems.Add(new(file, lineNumber, "« // » comments are not allowed in TMDL outside DAX and M expressions"));
                continue;
            }
            while (stack.Count > 0 && stack[^1].Depth >= depth) stack.RemoveAt(stack.Count - 1);
            var parent = stack.Count > 0 ? stack[^1] : null;
            if (parent is null && depth != 0) problems.Add(new(file, lineNumber, $"indented {depth} level(s) without a parent object"));
            if (parent is not null && depth != parent.Depth + 1) problems.Add(new(file, lineNumber, $"indented {depth} level(s) under an object at level {parent.Depth}: one TAB per level expected"));

            var keyword = Keyword(rest);
            var afterKeyword = rest[keyword.Length..];
            if (afterKeyword.StartsWith(':'))
            {
                if (description.Count > 0) problems.Add(new(file, lineNumber, "a « /// » description must stand right above an object, not a property"));
                description.Clear();
                if (parent is null) problems.Add(new(file, lineNumber, $"property « {keyword} » outside any object"));
                else parent.Properties.Add(new TmdlProperty(keyword, afterKeyword[1..].Trim(), false, lineNumber));
                continue;
            }
            var isObject = keyword == "ref" || (ObjectTypes.Contains(keyword) && (afterKeyword.Length == 0 ? keyword is "database" : afterKeyword.StartsWith(' ')));
            if (!isObject)
            {
                description.Clear();
                if (parent is null)
                {
                    problems.Add(new(file, lineNumber, $"unknown object type « {keyword} »"));
                    continue;
                }
                var trimmed = afterKeyword.Trim();
                if (trimmed.StartsWith('='))
                {
                    var (expression, next) = Expression(lines, i, trimmed[1..].Trim(), depth + 1);
                    parent.Properties.Add(new TmdlProperty(keyword, expression, true, lineNumber));
                    i = next;
                }
                else if (trimmed.Length == 0) parent.Properties.Add(new TmdlProperty(keyword, null, false, lineNumber));
                else problems.Add(new(file, lineNumber, $"cannot read « {rest} »: a property is « name: value »"));
                continue;
            }

            string type = keyword, name;
            string? refType = null;
            var declaration = afterKeyword.Trim();
            if (keyword == "ref")
            {
                refType = Keyword(declaration);
                declaration = declaration[refType.Length..].Trim();
            }
            (name, declaration) = ReadName(declaration);
            var node = new TmdlNode
            {
                Type = type, RefType = refType, Name = name, File = file, Line = lineNumber, Depth = depth,
                Description = description.Count > 0 ? string.Join("\n", description) : null,
            };
            description.Clear();
            if (declaration.StartsWith('='))
            {
                var (expression, next) = Expression(lines, i, declaration[1..].Trim(), depth + 2);
                node.Default = expression;
                i = next;
            }
            else if (declaration.Length > 0) problems.Add(new(file, lineNumber, $"unexpected text after the name of {type} « {name} »: « {declaration} »"));
            if (parent is null) roots.Add(node);
            else parent.Children.Add(node);
            stack.Add(node);
        }
        return new TmdlDocument(file, roots, problems);
    }

    /// <summary>Reads <c>'Table name'.'Column'</c> or <c>Table.Column</c>.</summary>
    public static (string Table, string Column) ColumnReference(string text)
    {
        var (table, rest) = ReadName(text.Trim(), stopAtDot: true);
        if (!rest.StartsWith('.')) return (table, string.Empty);
        var (column, _) = ReadName(rest[1..].Trim());
        return (table, column);
    }

    /// <summary>A name as TMDL writes it: quoted in single quotes when it holds a space or one of <c>. = : '</c>.</summary>
    public static string Quote(string name) =>
        name.IndexOfAny([' ', '.', '=', ':', '\'', '\t']) >= 0 || name.Length == 0 ? "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'" : name;

    private static int Tabs(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == '\t') n++;
        return n;
    }

    private static string Keyword(string text)
    {
        var n = 0;
        while (n < text.Length && (char.IsLetterOrDigit(text[n]) || text[n] == '_')) n++;
        return text[..n];
    }

    private static (string Name, string Remainder) ReadName(string text, bool stopAtDot = false)
    {
        if (text.StartsWith('\''))
        {
            var sb = new StringBuilder();
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'') { sb.Append('\''); i += 2; continue; }
                    return (sb.ToString(), text[(i + 1)..].Trim());
                }
                sb.Append(text[i++]);
            }
            return (sb.ToString(), string.Empty);
        }
        var end = stopAtDot ? text.IndexOf('.', StringComparison.Ordinal) : -1;
        var equals = text.IndexOf(" =", StringComparison.Ordinal);
        if (text.StartsWith('=')) equals = 0;
        var stop = new[] { end, equals }.Where(x => x >= 0).DefaultIfEmpty(text.Length).Min();
        return (text[..stop].Trim(), text[stop..].Trim());
    }

    /// <summary>
    /// An expression after « = »: the rest of the line, or the lines below at <paramref name="depth"/> TABs or deeper
    /// (blank lines inside kept), their common indentation removed; « ``` » blocks verbatim. Returns the index of its last line.
    /// </summary>
    private static (string Text, int LastLine) Expression(string[] lines, int at, string sameLine, int depth)
    {
        if (sameLine.Length > 0 && !sameLine.StartsWith("```", StringComparison.Ordinal)) return (sameLine, at);
        var body = new List<string>();
        var last = at;
        if (sameLine.StartsWith("```", StringComparison.Ordinal))
        {
            for (var i = at + 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "```") return (Dedent(body), i);
                body.Add(lines[i]);
            }
            return (Dedent(body), lines.Length - 1);
        }
        for (var i = at + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) { body.Add(string.Empty); continue; }
            if (Tabs(lines[i]) < depth) break;
            body.Add(lines[i]);
            last = i;
        }
        while (body.Count > 0 && body[^1].Length == 0) body.RemoveAt(body.Count - 1);
        return (Dedent(body), last);
    }

    private static string Dedent(List<string> body)
    {
        var common = body.Where(l => l.Trim().Length > 0).Select(Tabs).DefaultIfEmpty(0).Min();
        return string.Join("\n", body.Select(l => l.Length >= common ? l[common..] : l.TrimStart('\t'))).TrimEnd();
    }
}
