namespace Reporting.Cli;

/// <summary>A French message for the user and the exit code that goes with it.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.CannotProceed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Exit codes of every command (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>The command completed (rejected rows included).</summary>
    public const int Success = 0;

    /// <summary>The command could not proceed: missing depot or warehouse, locked warehouse, empty warehouse.</summary>
    public const int CannotProceed = 1;

    /// <summary>Bad arguments.</summary>
    public const int BadArguments = 2;
}
