namespace Reporting.Sources.Documents;

/// <summary>A file that cannot be read at all; the message (French) says why and what to do. The file goes to quarantine.</summary>
public sealed class SourceUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
