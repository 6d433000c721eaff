using System.Globalization;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Reads /proc/&lt;pid&gt;/status (VmRSS) and /proc/&lt;pid&gt;/stat (utime + stime) directly: works for processes this
/// tool did not start, costs two small reads, and needs nothing installed.
/// </summary>
internal static class ProcStat
{
    /// <summary>USER_HZ: the unit of /proc times, 100 on every Linux architecture .NET runs on (it is ABI, not CONFIG_HZ).</summary>
    private const long TicksPerSecond = 100;

    public static ProcessReading? Read(int pid)
    {
        try
        {
            var rss = 0L;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                var kb = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                rss = long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                break;
            }
            return new ProcessReading(rss, CpuTime(File.ReadAllText($"/proc/{pid}/stat")));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after its ')'.</summary>
    internal static TimeSpan CpuTime(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }

    /// <summary>cutime and cstime (fields 16 and 17): CPU of children that ended and were reaped, e.g. a wrk run.</summary>
    internal static TimeSpan ChildrenCpuTime(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }

    /// <summary>This process's reaped children's CPU so far (see <see cref="ChildrenCpuTime"/>).</summary>
    public static TimeSpan OwnChildrenCpuTime() => ChildrenCpuTime(File.ReadAllText("/proc/self/stat"));

    /// <summary>
    /// The process (not this one) whose first arguments end in <paramref name="program"/> ("Philly311.Ops.Silo.dll"): the one whose
    /// command line also names <paramref name="hint"/> (its port) if any does, else the only candidate; null when ambiguous,
    /// because measuring the wrong silo (test fixtures run their own) would be worse than "not measured".
    /// </summary>
    public static int? Find(string program, string? hint = null)
    {
        var candidates = new List<(int Pid, string CommandLine)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline"));
                var args = commandLine.Split('\0', StringSplitOptions.RemoveEmptyEntries);
                if (args.Take(2).Any(a => a.EndsWith(program, StringComparison.Ordinal))) candidates.Add((pid, commandLine));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        if (hint is not null && candidates.Where(c => c.CommandLine.Contains(hint, StringComparison.Ordinal)).ToList() is [var hinted]) return hinted.Pid;
        return candidates is [var only] ? only.Pid : null;
    }
}
