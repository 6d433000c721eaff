using System.Text;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>report.md: tables, and the charts as SVG files beside it (GitHub renders them).</summary>
internal static class MarkdownReport
{
    public static string Render(string title, IReadOnlyList<ReportSection> sections)
    {
        var md = new StringBuilder().Append("# ").AppendLine(title).AppendLine();
        foreach (var section in sections)
        {
            md.Append("## ").AppendLine(section.Heading).AppendLine();
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case TextBlock t: md.AppendLine(t.Text).AppendLine(); break;
                    case TableBlock table:
                        md.Append("| ").AppendJoin(" | ", table.Header.Select(Cell)).AppendLine(" |");
                        md.Append('|').AppendJoin("", table.Header.Select(_ => "---|")).AppendLine();
                        foreach (var row in table.Rows) md.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
                        md.AppendLine();
                        break;
                    case ChartBlock chart: md.Append("![").Append(chart.Title).Append("](").Append(chart.File).AppendLine(")").AppendLine(); break;
                }
            }
        }
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
