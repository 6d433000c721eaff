using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Ingest;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// The counters in Redis: the only writer of counts and the source every figure is read from. After each
/// durable commit it hands what changed to the figure forwarder, so the live figures follow without polling.
/// The same script keeps the due times of open requests (<see cref="BreachKeys"/>), so breaches are exactly-once too.
/// </summary>
public sealed class CounterStore(
    IConnectionMultiplexer redis, IOptions<CounterOptions> options, IFigureForwarder forwarder, TimeProvider clock,
    SlaTable? sla = null, IBreachForwarder? breaches = null)
{
    private readonly CounterKeys _keys = new(options.Value.KeyPrefix);
    private readonly BreachKeys _breachKeys = new(options.Value.KeyPrefix);
    private readonly SlaTable _sla = sla ?? SlaTable.Default;

    public CounterKeys Keys => _keys;

    /// <summary>Counts one version exactly once. When the returned task completes, Redis has it (and its AOF will).</summary>
    public async Task<(string Outcome, long Sequence)> ApplyAsync(RequestVersion version) => (await ApplyManyAsync([version]))[0];

    /// <summary>
    /// Counts a batch in one atomic script, in order (a later version of the same request in the batch wins).
    /// Answers one (outcome, sequence) per version, in the same order.
    /// </summary>
    public async Task<(string Outcome, long Sequence)[]> ApplyManyAsync(IReadOnlyList<RequestVersion> versions)
    {
        if (versions.Count == 0) return [];
        RedisKey[] fixedKeys = [.. _keys.Fixed, .. _breachKeys.ForCommit];
        var keys = new RedisKey[fixedKeys.Length + versions.Count];
        fixedKeys.CopyTo(keys, 0);
        var values = new RedisValue[versions.Count * 8 + 1];
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            keys[fixedKeys.Length + i] = _keys.Record(version.Id);
            var a = i * 8;
            values[a] = version.ToRecord();
            values[a + 1] = version.Version;
            values[a + 2] = version.ClosedAt is { } closed ? closed.ToUnixTimeSeconds() : "-";
            values[a + 3] = "dept:" + version.Department;
            values[a + 4] = version.DepartmentName;
            values[a + 5] = "service:" + version.Service;
            values[a + 6] = version.ServiceName;
            values[a + 7] = _sla.DueOf(version) is { } due ? due.ToUnixTimeMilliseconds() : "-";
        }
        // The commit's own "now" decides whether a version is already past due, so its breach is counted in this step.
        values[^1] = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CounterScripts.ApplyMany, keys, values))!;
        var committedAt = clock.GetUtcNow();
        if ((long)result[4] is > 0 and var breachVersion) breaches?.Nudge(breachVersion);

        var outcomes = (RedisResult[])result[0]!;
        var answers = new (string, long)[versions.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var outcome = (long)outcomes[2 * i] switch
            {
                1 => IngestOutcome.Accepted,
                2 => IngestOutcome.Updated,
                _ => IngestOutcome.Duplicate,
            };
            answers[i] = (outcome, (long)outcomes[2 * i + 1]);
        }

        var range = new SequenceRange((long)result[1], (long)result[2]);
        if (range.Through > range.After) forwarder.Forward(new CommittedChanges(range, Changes((RedisResult[])result[3]!, range.Through), committedAt));
        return answers;
    }

    private static FigureChange[] Changes(RedisResult[] raw, long sequence)
    {
        var changes = new FigureChange[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var entry = (RedisResult[])raw[i]!;
            var count = (entry.Length - 3) / 2;
            var fields = new string[count];
            var values = new long[count];
            for (var f = 0; f < count; f++)
            {
                fields[f] = (string)entry[3 + 2 * f]!;
                values[f] = (long)entry[4 + 2 * f];
            }
            changes[i] = new FigureChange((string)entry[0]!, (long)entry[1], sequence, (string?)entry[2] ?? "", fields, values);
        }
        return changes;
    }

    /// <summary>One figure as Redis has it now, with the sequence it is complete up to.</summary>
    public async Task<FigureReading> ReadFigureAsync(string figure, DateOnly day)
    {
        var dayKey = CityTime.DayKey(day);
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            CounterScripts.ReadFigure, _keys.Fixed[..5], [figure, dayKey]))!;
        var allTime = (RedisResult[])result[3]!;
        var today = (RedisResult[])result[4]!;
        var quarterHours = new long[96];
        for (var s = 0; s < 96; s++) quarterHours[s] = Number(today[2 + s]);
        var counts = new FigureCounts(figure, (long)result[1], (string?)result[2] ?? "",
            Number(allTime[0]), Number(allTime[1]), Number(today[0]), Number(today[1]));
        return new FigureReading((long)result[0], dayKey, counts, quarterHours);
    }

    /// <summary>Every figure whose key starts with <paramref name="prefix"/> ("" for all), and the quarter-hours of <paramref name="charted"/>.</summary>
    public async Task<FigureTableReading> ReadFiguresAsync(string prefix, DateOnly day, string charted = "")
    {
        var dayKey = CityTime.DayKey(day);
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            CounterScripts.ReadFigures, _keys.Fixed[..5], [prefix, dayKey, charted]))!;
        var rows = (RedisResult[])result[1]!;
        var figures = new FigureCounts[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = (RedisResult[])rows[i]!;
            figures[i] = new FigureCounts((string)row[0]!, Number(row[1]), (string?)row[2] ?? "",
                Number(row[3]), Number(row[4]), Number(row[5]), Number(row[6]));
        }
        var q = (RedisResult[])result[2]!;
        var quarterHours = new long[96];
        for (var s = 0; s < q.Length && s < 96; s++) quarterHours[s] = Number(q[s]);
        return new FigureTableReading((long)result[0], dayKey, figures, quarterHours);
    }

    /// <summary>A figure's version in Redis: the cheap check behind a grain's reconcile.</summary>
    public async Task<long> ReadVersionAsync(string figure)
    {
        var value = await redis.GetDatabase().HashGetAsync(_keys.Versions, figure);
        return value.HasValue ? (long)value : 0;
    }

    public async Task<long> ReadSequenceAsync()
    {
        var value = await redis.GetDatabase().StringGetAsync(_keys.Sequence);
        return value.HasValue ? (long)value : 0;
    }

    private static long Number(RedisResult value) => value.IsNull ? 0 : (long)value;
}
