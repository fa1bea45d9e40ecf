using System.Text;

namespace Reporting.Tests.Support;

/// <summary>Writes reference lists and other CSV inputs in a chosen encoding and separator.</summary>
public static class ReferenceFiles
{
    public const string PromeneursHeader = "Identifiant;Nom;Prénom;Code structure;Département;Label;Métier;Date de labellisation;Date de fin de labellisation";
    public const string StructuresHeader = "Code;Nom;Type;Commune;Département";

    static ReferenceFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Utf8Bom => new UTF8Encoding(true);

    public static Encoding Utf8 => new UTF8Encoding(false);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Writes lines joined by CRLF; ';' in the lines is replaced by the chosen separator.</summary>
    public static string Csv(string path, IEnumerable<string> lines, Encoding? encoding = null, char separator = ';', DateTime? lastModifiedUtc = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = string.Join("\r\n", lines.Select(l => separator == ';' ? l : l.Replace(';', separator))) + "\r\n";
        File.WriteAllText(path, text, encoding ?? Utf8Bom);
        if (lastModifiedUtc is DateTime t) File.SetLastWriteTimeUtc(path, t);
        return path;
    }

    /// <summary>A promeneurs list: each line "id;nom;prénom;structure;dep;label;métier;début;fin".</summary>
    public static string Promeneurs(string path, params string[] rows) => Csv(path, [PromeneursHeader, .. rows]);

    public static string Structures(string path, params string[] rows) => Csv(path, [StructuresHeader, .. rows]);
}
