using System.Globalization;
using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>Number formats shared by the console, Markdown and HTML, invariant so reports read the same on every machine.</summary>
internal static class ReportText
{
    public static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string N(double value) => value.ToString("N0", C);

    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", C);

    public static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Fail => "FAIL",
        Verdict.NotReached => "NOT REACHED",
        _ => "NOT MEASURED",
    };

    public static string Badge(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "[green]PASS[/]",
        Verdict.Fail => "[red]FAIL[/]",
        Verdict.NotReached => "[yellow]NOT REACHED[/]",
        _ => "[grey]NOT MEASURED[/]",
    };

    public static string[] LatencyRow(string name, LatencySummary s) =>
        [name, N(s.Count), Ms(s.P50), Ms(s.P90), Ms(s.P99), Ms(s.P999), Ms(s.Max)];

    public static readonly string[] LatencyHeader = ["", "count", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"];
}
