using System.Diagnostics;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>Turns successive /proc readings into per-interval CPU % and keeps each process's peak RSS.</summary>
internal sealed class ProcessSampler(IReadOnlyList<WatchedProcess> processes)
{
    private readonly Dictionary<int, (ProcessReading Reading, long At)> _last = [];
    private readonly Dictionary<string, double> _peak = new(StringComparer.Ordinal);

    public IReadOnlyList<WatchedProcess> Processes => processes;

    public IReadOnlyDictionary<string, double> PeakRssMiB => _peak;

    public IReadOnlyList<ProcessSample> Sample()
    {
        var now = Stopwatch.GetTimestamp();
        var samples = new List<ProcessSample>(processes.Count);
        foreach (var process in processes)
        {
            if (ProcStat.Read(process.Pid) is not { } reading) continue;
            var cpu = 0.0;
            if (_last.TryGetValue(process.Pid, out var last))
            {
                var wall = Stopwatch.GetElapsedTime(last.At, now).TotalSeconds;
                if (wall > 0) cpu = (reading.CpuTime - last.Reading.CpuTime).TotalSeconds / wall * 100;
            }
            _last[process.Pid] = (reading, now);
            var mib = reading.RssBytes / 1024.0 / 1024.0;
            _peak[process.Name] = Math.Max(_peak.GetValueOrDefault(process.Name), mib);
            samples.Add(new ProcessSample(process.Name, mib, Math.Max(0, cpu)));
        }
        return samples;
    }
}
