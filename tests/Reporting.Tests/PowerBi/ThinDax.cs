using System.Globalization;
using Reporting.PowerBi.Project;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// The rows of the model's imported tables (column name → value) and a filter context: what a thin measure needs.
/// A fact row sees the columns of the dimensions its many-to-one relationships reach (DAX's expanded table).
/// </summary>
public sealed class ModelData(SemanticModelDefinition model, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> rows)
{
    public SemanticModelDefinition Model { get; } = model;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Table, string Column), Dictionary<string, IReadOnlyDictionary<string, object?>>> _indexes = new();

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string table) => rows.TryGetValue(table, out var r) ? r : [];

    /// <summary>A value as <see cref="Equal"/> compares it (text without case, numbers by value), to index the one side of a relationship.</summary>
    public static string Key(object? value) => value switch
    {
        null => "null",
        string s => "s:" + s.ToUpperInvariant(),
        bool b => "b:" + b,
        _ => "n:" + Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture),
    };

    /// <summary>The value of <paramref name="table"/>[<paramref name="column"/>] for a row of <paramref name="from"/>, through relationships.</summary>
    public bool TryValue(string from, IReadOnlyDictionary<string, object?> row, string table, string column, out object? value)
    {
        if (from == table) return row.TryGetValue(column, out value);
        foreach (var r in Model.Relationships.Where(r => r.FromTable == from))
        {
            var index = _indexes.GetOrAdd((r.ToTable, r.ToColumn), k => Rows(k.Table).GroupBy(d => Key(d.GetValueOrDefault(k.Column))).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
            var target = index.GetValueOrDefault(Key(row.GetValueOrDefault(r.FromColumn)));
            if (target is not null && TryValue(r.ToTable, target, table, column, out value)) return true;
            if (target is null && Reaches(r.ToTable, table)) { value = null; return true; }
        }
        value = null;
        return false;
    }

    private bool Reaches(string from, string table) => from == table || Model.Relationships.Where(r => r.FromTable == from).Any(r => Reaches(r.ToTable, table));

    public static bool Equal(object? a, object? b) => a is null || b is null ? a is null && b is null
        : a is string || b is string ? string.Equals(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
        : a is bool || b is bool ? Convert.ToBoolean(a, CultureInfo.InvariantCulture) == Convert.ToBoolean(b, CultureInfo.InvariantCulture)
        : Convert.ToDecimal(a, CultureInfo.InvariantCulture) == Convert.ToDecimal(b, CultureInfo.InvariantCulture);
}

/// <summary>
/// An evaluator of the thin DAX the indicator measures are allowed (SUM of a column, arithmetic, DIVIDE, IF, NOT,
/// ISBLANK, HASONEVALUE, CALCULATE with column = value filters, measure references), with DAX's BLANK (null) rules and filter
/// context over the expanded tables. No DAX engine runs here: with it, a test evaluates each annotated measure on the
/// aggregate's rows for a scope and compares it with « reporting indicateurs ». A measure that re-implements a rule
/// (FILTER, DATESBETWEEN, …) is not thin: it is refused, and that test fails.
/// </summary>
public sealed class ThinDax(ModelData data)
{
    public sealed record Filter(string Table, string Column, object? Value);

    public decimal? Measure(string name, IReadOnlyList<Filter> context)
    {
        var measure = data.Model.Measure(name) ?? throw new ArgumentException($"no measure [{name}]");
        var result = Evaluate(Parser.Parse(measure.Expression), context);
        return result switch { null => null, bool b => b ? 1 : 0, _ => Convert.ToDecimal(result, CultureInfo.InvariantCulture) };
    }

    private object? Evaluate(Node node, IReadOnlyList<Filter> context)
    {
        switch (node)
        {
            case Literal l: return l.Value;
            case MeasureRef m: return Measure(m.Name, context);
            case Binary b:
                {
                    var left = Evaluate(b.Left, context);
                    var right = Evaluate(b.Right, context);
                    if (b.Op == "=") return ModelData.Equal(left, right);
                    if (left is null && right is null) return null;
                    decimal l = left is null ? 0 : Convert.ToDecimal(left, CultureInfo.InvariantCulture), r = right is null ? 0 : Convert.ToDecimal(right, CultureInfo.InvariantCulture);
                    return b.Op switch { "+" => l + r, "-" => l - r, "*" => l * r, _ => r == 0 ? null : l / r };
                }
            case Call c:
                switch (c.Function.ToUpperInvariant())
                {
                    case "SUM":
                        {
                            var col = (ColumnRef)c.Arguments.Single();
                            var values = Visible(col.Table, context).Select(r => r.GetValueOrDefault(col.Column)).Where(v => v is not null).ToList();
                            return values.Count == 0 ? null : values.Sum(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture));
                        }
                    case "DIVIDE":
                        {
                            var numerator = Evaluate(c.Arguments[0], context);
                            var denominator = Evaluate(c.Arguments[1], context);
                            var alternate = c.Arguments.Count > 2 ? Evaluate(c.Arguments[2], context) : null;
                            if (denominator is null || Convert.ToDecimal(denominator, CultureInfo.InvariantCulture) == 0) return alternate;
                            return numerator is null ? null : Convert.ToDecimal(numerator, CultureInfo.InvariantCulture) / Convert.ToDecimal(denominator, CultureInfo.InvariantCulture);
                        }
                    case "IF":
                        {
                            var condition = Evaluate(c.Arguments[0], context);
                            var truth = condition is bool b ? b : condition is not null && Convert.ToDecimal(condition, CultureInfo.InvariantCulture) != 0;
                            return truth ? Evaluate(c.Arguments[1], context) : c.Arguments.Count > 2 ? Evaluate(c.Arguments[2], context) : null;
                        }
                    case "ISBLANK":
                        return Evaluate(c.Arguments.Single(), context) is null;
                    case "NOT":
                        return Evaluate(c.Arguments.Single(), context) is not true;
                    case "HASONEVALUE":
                        {
                            var col = (ColumnRef)c.Arguments.Single();
                            return Visible(col.Table, context).Select(r => r.GetValueOrDefault(col.Column)).Distinct().Count() == 1;
                        }
                    case "CALCULATE":
                        {
                            var inner = context.ToList();
                            foreach (var argument in c.Arguments.Skip(1))
                            {
                                if (argument is not Binary { Op: "=", Left: ColumnRef target, Right: Literal value })
                                    throw new NotSupportedException("not thin: CALCULATE filters other than 'Table'[Column] = value");
                                inner.RemoveAll(f => f.Table == target.Table && f.Column == target.Column);
                                inner.Add(new Filter(target.Table, target.Column, value.Value));
                            }
                            return Evaluate(c.Arguments[0], inner);
                        }
                    default:
                        throw new NotSupportedException($"not thin: {c.Function} is not a function of the indicator measures");
                }
            default:
                throw new NotSupportedException($"not thin: {node.GetType().Name}");
        }
    }

    /// <summary>Rows of a table that pass every filter on its expanded columns.</summary>
    private IEnumerable<IReadOnlyDictionary<string, object?>> Visible(string table, IReadOnlyList<Filter> context) =>
        data.Rows(table).Where(row => context.All(f => !data.TryValue(table, row, f.Table, f.Column, out var v) || ModelData.Equal(v, f.Value)));

    private abstract record Node;
    private sealed record Literal(object? Value) : Node;
    private sealed record ColumnRef(string Table, string Column) : Node;
    private sealed record MeasureRef(string Name) : Node;
    private sealed record Binary(string Op, Node Left, Node Right) : Node;
    private sealed record Call(string Function, IReadOnlyList<Node> Arguments) : Node;

    private sealed class Parser
    {
        private readonly string _text;
        private int _at;

        private Parser(string text) => _text = text;

        public static Node Parse(string text)
        {
            var parser = new Parser(text);
            var node = parser.Comparison();
            parser.Space();
            if (parser._at != text.Length) throw new NotSupportedException($"not thin: cannot read « {text[parser._at..]} »");
            return node;
        }

        private Node Comparison()
        {
            var left = Sum();
            Space();
            if (Peek('=')) { _at++; return new Binary("=", left, Sum()); }
            return left;
        }

        private Node Sum()
        {
            var node = Product();
            while (true)
            {
                Space();
                if (Peek('+') || Peek('-')) { var op = _text[_at++].ToString(); node = new Binary(op, node, Product()); }
                else return node;
            }
        }

        private Node Product()
        {
            var node = Primary();
            while (true)
            {
                Space();
                if (Peek('*') || Peek('/')) { var op = _text[_at++].ToString(); node = new Binary(op, node, Primary()); }
                else return node;
            }
        }

        private Node Primary()
        {
            Space();
            if (Peek('(')) { _at++; var inner = Comparison(); Expect(')'); return inner; }
            if (Peek('"')) { var end = _text.IndexOf('"', _at + 1); var s = _text[(_at + 1)..end]; _at = end + 1; return new Literal(s); }
            if (char.IsDigit(_text[_at])) { var start = _at; while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.')) _at++; return new Literal(decimal.Parse(_text[start.._at], CultureInfo.InvariantCulture)); }
            if (Peek('[')) return new MeasureRef(Bracket());
            if (Peek('\'')) { var table = Quoted(); return new ColumnRef(table, Bracket()); }
            var word = Word();
            Space();
            if (word.Equals("NOT", StringComparison.OrdinalIgnoreCase) && !Peek('(')) return new Call("NOT", [Primary()]);
            if (Peek('[')) return new ColumnRef(word, Bracket());
            if (word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
            {
                if (Peek('(')) { _at++; Expect(')'); }
                return new Literal(word.Equals("TRUE", StringComparison.OrdinalIgnoreCase));
            }
            Expect('(');
            var arguments = new List<Node>();
            Space();
            if (!Peek(')'))
            {
                do { arguments.Add(Comparison()); Space(); }
                while (Peek(',') && _at++ >= 0);
            }
            Expect(')');
            return new Call(word, arguments);
        }

        private string Word()
        {
            var start = _at;
            while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] == '_' || _text[_at] == '.')) _at++;
            if (start == _at) throw new NotSupportedException($"not thin: cannot read « {_text[_at..]} »");
            return _text[start.._at];
        }

        private string Bracket()
        {
            Expect('[');
            var end = _text.IndexOf(']', _at);
            var name = _text[_at..end];
            _at = end + 1;
            return name;
        }

        private string Quoted()
        {
            _at++;
            var sb = new System.Text.StringBuilder();
            while (true)
            {
                if (_text[_at] == '\'')
                {
                    if (_at + 1 < _text.Length && _text[_at + 1] == '\'') { sb.Append('\''); _at += 2; continue; }
                    _at++;
                    return sb.ToString();
                }
                sb.Append(_text[_at++]);
            }
        }

        private void Expect(char c)
        {
            Space();
            if (!Peek(c)) throw new NotSupportedException($"not thin: « {c} » expected at « {_text[_at..]} »");
            _at++;
        }

        private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

        private void Space()
        {
            while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
        }
    }
}
