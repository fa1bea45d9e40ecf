using System.Xml;

namespace Reporting.Outputs.Annexes.Layout;

/// <summary>
/// What EPPlus 4.5 leaves out of a bar chart's XML, added so that every spreadsheet program draws it:
/// an explicit fill per series (LibreOffice draws no bar without one), text categories as a string
/// reference, the data labels after the series (the schema's order) with their number format.
/// </summary>
internal static class ChartXml
{
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>Series colours: the annex's dark blue, then lighter blues.</summary>
    private static readonly string[] Colours = ["1F4E79", "9DC3E6", "2E75B6", "BDD7EE"];

    public static void Complete(XmlDocument xml, string labelFormat)
    {
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("c", C);
        ns.AddNamespace("a", A);
        var bar = xml.SelectSingleNode("//c:barChart", ns) ?? throw new InvalidOperationException("No bar chart in the chart part.");
        var series = bar.SelectNodes("c:ser", ns)!.Cast<XmlElement>().ToList();
        for (var i = 0; i < series.Count; i++)
        {
            var ser = series[i];
            var spPr = xml.CreateElement("c", "spPr", C);
            var solid = xml.CreateElement("a", "solidFill", A);
            var colour = xml.CreateElement("a", "srgbClr", A);
            colour.SetAttribute("val", Colours[i % Colours.Length]);
            solid.AppendChild(colour);
            spPr.AppendChild(solid);
            var tx = ser.SelectSingleNode("c:tx", ns) ?? ser.SelectSingleNode("c:order", ns)!;
            ser.InsertAfter(spPr, tx);

            if (ser.SelectSingleNode("c:cat/c:numRef", ns) is XmlElement numRef)
            {
                var strRef = xml.CreateElement("c", "strRef", C);
                while (numRef.FirstChild is { } child)
                {
                    numRef.RemoveChild(child);
                    if (child.LocalName == "f") strRef.AppendChild(child);
                }
                numRef.ParentNode!.ReplaceChild(strRef, numRef);
            }
        }

        if (bar.SelectSingleNode("c:dLbls", ns) is XmlElement labels)
        {
            bar.RemoveChild(labels);
            bar.InsertAfter(labels, series[^1]);
            if (labels.SelectSingleNode("c:separator", ns) is { } separator) labels.RemoveChild(separator);
            var format = xml.CreateElement("c", "numFmt", C);
            format.SetAttribute("formatCode", labelFormat);
            format.SetAttribute("sourceLinked", "0");
            labels.PrependChild(format);
        }
    }
}
