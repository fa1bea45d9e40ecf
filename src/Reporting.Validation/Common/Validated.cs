using Reporting.Domain.Model;

namespace Reporting.Validation.Common;

/// <summary>
/// What validation makes of one file: the records to load, the rejected cells (a row with one
/// rejection is not loaded) and, when the file as a whole cannot be loaded, a French reason
/// (the file then goes to quarantine and nothing of it is loaded).
/// </summary>
public sealed class Validated<T>
{
    public T? Content { get; init; }

    public List<Rejection> Rejections { get; } = [];

    /// <summary>Rows not loaded because at least one of their cells was rejected.</summary>
    public int RejectedRows => Rejections.Select(r => (r.Sheet, r.Row)).Distinct().Count();

    public string? FileError { get; init; }

    /// <summary>What loads but deserves the coordinator's attention (a local group over 15 members), in French.</summary>
    public List<string> Warnings { get; } = [];

    public static Validated<T> Refuse(string reason) => new() { FileError = reason };

    /// <summary>This result with the given rejections added.</summary>
    public Validated<T> With(IEnumerable<Rejection> rejections)
    {
        Rejections.AddRange(rejections);
        return this;
    }
}
