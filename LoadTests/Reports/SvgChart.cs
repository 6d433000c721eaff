using System.Globalization;
using System.Net;
using System.Text;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>
/// A line chart as plain SVG: axes, four grid lines with round labels, a legend. No script, no external
/// stylesheet, so it renders inline in the HTML report, on GitHub from the Markdown, and in any browser offline.
/// </summary>
internal static class SvgChart
{
    private const int Width = 760, Height = 260, Left = 64, Right = 16, Top = 46, Bottom = 36;

    public static string Render(string title, string unit, IReadOnlyList<ChartSeries> series)
    {
        var c = CultureInfo.InvariantCulture;
        var points = series.SelectMany(s => s.Points).ToList();
        var maxX = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.X));
        var maxY = NiceCeiling(points.Count == 0 ? 1 : points.Max(p => p.Y));
        double X(double x) => Left + x / maxX * (Width - Left - Right);
        double Y(double y) => Height - Bottom - y / maxY * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(c, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>");
        svg.Append(c, $"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Escape(title)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var value = maxY * i / 4;
            var y = Y(value);
            svg.Append(c, $"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" stroke=\"#e3e3e3\"/>");
            svg.Append(c, $"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\" fill=\"#555\">{Format(value)}</text>");
        }
        svg.Append(c, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>");
        for (var i = 0; i <= 5; i++)
        {
            var x = maxX * i / 5;
            svg.Append(c, $"<text x=\"{X(x):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" fill=\"#555\">{x:F0} s</text>");
        }
        svg.Append(c, $"<text x=\"8\" y=\"{Top - 14}\" fill=\"#555\">{Escape(unit)}</text>");

        var legendX = Left + 40.0;
        foreach (var s in series)
        {
            if (s.Points.Count > 0)
            {
                var path = string.Join(' ', s.Points.Select(p => string.Create(c, $"{X(p.X):F1},{Y(Math.Min(p.Y, maxY)):F1}")));
                svg.Append(c, $"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"1.6\" points=\"{path}\"/>");
            }
            svg.Append(c, $"<rect x=\"{legendX:F0}\" y=\"27\" width=\"12\" height=\"3\" fill=\"{s.Color}\"/>");
            svg.Append(c, $"<text x=\"{legendX + 16:F0}\" y=\"32\">{Escape(s.Name)}</text>");
            legendX += 24 + s.Name.Length * 6.5;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>1, 2 or 5 times a power of ten, at or above the largest value: grid labels stay round.</summary>
    internal static double NiceCeiling(double value)
    {
        if (!(value > 0) || !double.IsFinite(value)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2, 5, 10 })
        {
            if (value <= step * power * (1 + 1e-9)) return step * power;
        }
        return 10 * power;
    }

    private static string Format(double value) =>
        value >= 10_000 ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k" : value.ToString(value < 10 ? "0.##" : "0", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
