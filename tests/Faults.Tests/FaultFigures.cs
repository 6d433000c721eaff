using System.Globalization;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// The measured figures of each fault, written to the test output and appended to <c>fault-figures.md</c> next to the
/// test binaries (and to the file named by <c>P311_FAULT_FIGURES</c>), so a run leaves its numbers for the README.
/// </summary>
public static class FaultFigures
{
    private static readonly object Gate = new();

    public static void Record(string fault, params (string What, object? Value)[] figures)
    {
        var line = $"- **{fault}** ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC): "
            + string.Join("; ", figures.Select(f => $"{f.What} {string.Format(CultureInfo.InvariantCulture, "{0}", f.Value)}"));
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "fault-figures.md"), line + Environment.NewLine);
            if (Environment.GetEnvironmentVariable("P311_FAULT_FIGURES") is { Length: > 0 } path) File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    public static string Seconds(TimeSpan? span) => span is { } s ? s.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "never";
}
