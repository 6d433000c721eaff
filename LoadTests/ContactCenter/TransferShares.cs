namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Where a queue's answered contacts are sent on: per target queue, the percent of its answered contacts transferred
/// there at the end of the call; the rest are completed. <see cref="None"/> draws nothing, so a profile without
/// transfers gives the same events for a seed as before they existed.
/// </summary>
internal sealed class TransferShares
{
    private readonly (string Queue, double Upto)[] _cumulative;

    public TransferShares(IEnumerable<KeyValuePair<string, double>> percents)
    {
        var total = 0.0;
        _cumulative = percents.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, total += p.Value)).ToArray();
    }

    public static TransferShares None { get; } = new([]);

    public IEnumerable<string> Targets => _cumulative.Select(c => c.Queue);

    /// <summary>Percent of answered contacts transferred, over every target.</summary>
    public double Percent => _cumulative.Length == 0 ? 0 : _cumulative[^1].Upto;

    /// <summary>The queue this answered contact goes on to, or null when it is completed here.</summary>
    public string? Pick(Random random)
    {
        if (_cumulative.Length == 0) return null;
        var x = random.NextDouble() * 100;
        foreach (var (queue, upto) in _cumulative)
        {
            if (x < upto) return queue;
        }
        return null;
    }
}
