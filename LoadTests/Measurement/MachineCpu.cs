using System.Globalization;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>The whole machine's CPU from the first line of /proc/stat: busy and total time over all cores (USER_HZ ticks).</summary>
internal readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        try
        {
            return Parse(File.ReadLines("/proc/stat").First());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return default;
        }
    }

    /// <summary><c>cpu user nice system idle iowait irq softirq steal …</c>: idle and iowait are not busy.</summary>
    internal static MachineCpu Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        return new MachineCpu(total - fields[3] - fields[4], total);
    }

    /// <summary>The 1, 5 and 15 minute load averages of /proc/loadavg ("?" where unreadable): on a shared machine, how many others wanted the cores.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    /// <summary>Share of all cores busy between two readings, 0–100.</summary>
    public static double BusyPercent(MachineCpu from, MachineCpu to) =>
        to.Total > from.Total ? 100.0 * (to.Busy - from.Busy) / (to.Total - from.Total) : 0;
}
