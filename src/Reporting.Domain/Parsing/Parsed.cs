namespace Reporting.Domain.Parsing;

/// <summary>The outcome of reading one cell: a value, or a French message saying what was expected.</summary>
public readonly record struct Parsed<T>(T Value, string? Error)
{
    public bool Ok => Error is null;

    public static Parsed<T> Success(T value) => new(value, null);

    public static Parsed<T> Fail(string error) => new(default!, error);
}
