using System.Globalization;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.DayShape;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.DayShape;

/// <summary>
/// Reads a past day's quarter-hours from the per-day counters (kept <c>Counters:DaysKept</c> days). A stateless worker:
/// every silo answers locally, and each activation keeps what it read for <see cref="KeepFor"/>, so a room of screens
/// opening at once costs Redis one read per figure and day.
/// </summary>
[StatelessWorker]
public sealed class DayShapeGrain(CounterStore store, TimeProvider clock) : Grain, IDayShapeGrain
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (DateTimeOffset ReadAt, long[]? QuarterHours)> _read = new(StringComparer.Ordinal);

    public async Task<long[]?> GetQuarterHoursAsync(string day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ArgumentException($"'{day}' is not an ISO date (yyyy-MM-dd).", nameof(day));
        }
        var now = clock.GetUtcNow();
        if (_read.TryGetValue(day, out var held) && now - held.ReadAt < KeepFor) return held.QuarterHours;
        var reading = await store.ReadFigureAsync(this.GetPrimaryKeyString(), date);
        // Nothing received that day and no quarter counted: no data (before the system ran, or past retention), not a flat zero day.
        long[]? quarterHours = reading.Counts.ReceivedToday == 0 && reading.QuarterHours.All(q => q == 0) ? null : reading.QuarterHours;
        _read[day] = (now, quarterHours);
        return quarterHours;
    }
}
