using System.Net;
using System.Text;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>report.html: one self-contained file (inline CSS and SVG), readable offline and attachable to an issue.</summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
        table{border-collapse:collapse;margin:.6em 0 1.2em}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;font-size:13px}
        th{background:#f4f4f4}.PASS{color:#137333;font-weight:bold}.FAIL{color:#c5221f;font-weight:bold}
        .NOT{color:#b06000;font-weight:bold}figure{margin:1em 0}h2{border-bottom:1px solid #eee;padding-bottom:.2em}
        """;

    public static string Render(string title, IReadOnlyList<ReportSection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>")
            .Append(Style).Append("</style></head><body><h1>").Append(E(title)).Append("</h1>");
        foreach (var section in sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case TextBlock t: html.Append("<p>").Append(E(t.Text)).Append("</p>"); break;
                    case TableBlock table:
                        html.Append("<table><tr>");
                        foreach (var h in table.Header) html.Append("<th>").Append(E(h)).Append("</th>");
                        html.Append("</tr>");
                        foreach (var row in table.Rows)
                        {
                            html.Append("<tr>");
                            foreach (var cell in row) html.Append("<td").Append(Class(cell)).Append('>').Append(E(cell)).Append("</td>");
                            html.Append("</tr>");
                        }
                        html.Append("</table>");
                        break;
                    case ChartBlock chart: html.Append("<figure>").Append(chart.Svg).Append("</figure>"); break;
                }
            }
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Class(string cell) => cell switch
    {
        "PASS" => " class=\"PASS\"",
        "FAIL" => " class=\"FAIL\"",
        "NOT REACHED" or "NOT MEASURED" => " class=\"NOT\"",
        _ => "",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
