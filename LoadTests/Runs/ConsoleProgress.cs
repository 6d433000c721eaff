using System.Globalization;
using Philly311.Ops.LoadTests.Measurement;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>
/// Live progress: one line per second on a terminal (every five when output is redirected, e.g. under test.sh),
/// with the step, offered and acknowledged rates, latency, event-to-glass, readers and the silo's memory and CPU.
/// </summary>
internal sealed class ConsoleProgress
{
    private readonly bool _interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
    private int _samples;

    public void Say(string message) => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {message}");

    public void Sample(TimelineSample s, RunCounters totals)
    {
        if (!_interactive && _samples++ % 5 != 0) return;
        var silo = s.Processes.FirstOrDefault(p => p.Name == "silo");
        var line = string.Format(CultureInfo.InvariantCulture,
            "{0,6:F0}s {1,-24} offered {2,7:F0}/s  acked {3,7:N0}/s  err {4,5:N0}  p99 {5,7:F1} ms  glass p99 {6,7:F1} ms  readers {7,5}  sent {8,9:N0}{9}",
            s.Second, Trim(s.Step), s.OfferedPerSecond, s.Acknowledged, s.Errors, s.Ingest.P99, s.Glass.P99, s.Readers, totals.Sent,
            silo is null ? "" : $"  silo {silo.RssMiB:F0} MiB {silo.CpuPercent:F0}% cpu");
        AnsiConsole.MarkupLine(Markup.Escape(line));
    }

    private static string Trim(string step) => step.Length <= 24 ? step : step[..23] + "…";
}
