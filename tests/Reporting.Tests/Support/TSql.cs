using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Reporting.Tests.Support;

/// <summary>ScriptDom's T-SQL parser for the SQL Server 2022 dialect (compatibility level 160).</summary>
public static class TSql
{
    /// <summary>Parses a script (GO batches allowed); parse errors are returned, not thrown.</summary>
    public static TSqlScript Parse(string text, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(text);
        return (TSqlScript)parser.Parse(reader, out errors);
    }
}
