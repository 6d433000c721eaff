using System.Diagnostics;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>
/// Reads the dashboard's breach view (<c>GET /api/breaches</c>, what that process's pushed feed holds) every
/// <see cref="Every"/> and keeps each change of the breached total with the local time it was first seen.
/// Reading adds at most <see cref="Every"/> to a measured lag; it never makes one smaller.
/// </summary>
internal sealed class BreachWatch(HttpClient dashboard)
{
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(20);

    private readonly List<(DateTimeOffset At, long Total)> _seen = [];

    public IReadOnlyList<(DateTimeOffset At, long Total)> Seen => _seen;

    public int Reads { get; private set; }

    public int Failures { get; private set; }

    public DateTimeOffset? LastReadAt { get; private set; }

    public TimeSpan Watched { get; private set; }

    public async Task RunAsync(DateTimeOffset until, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        while (DateTimeOffset.UtcNow < until && !stop.IsCancellationRequested)
        {
            var started = clock.Elapsed;
            try
            {
                using var view = JsonDocument.Parse(await dashboard.GetStringAsync("/api/breaches", stop));
                var at = DateTimeOffset.UtcNow;
                Reads++;
                LastReadAt = at;
                var frame = view.RootElement.GetProperty("frame");
                if (frame.ValueKind == JsonValueKind.Object)
                {
                    var total = frame.GetProperty("total").GetInt64();
                    if (_seen.Count == 0 || _seen[^1].Total != total) _seen.Add((at, total));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
            {
                Failures++;
            }
            var wait = Every - (clock.Elapsed - started);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);
        }
        Watched = clock.Elapsed;
    }
}
