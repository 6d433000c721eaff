namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Where a queue's answered contacts are sent on: per target queue, the percent of its answered contacts transferred
/// there at the end of the call; the rest are completed. <see cref="None"/> draws nothing, so a profile without
/// transfers gives the same events for a seed as before they existed.
/// </summary>
internal sealed class TransferShares
{
    /// <summary>The choice of staying: completed in its own queue (no queue name is empty).</summary>
    private const string Stays = "";

    private readonly WeightedChoice? _choice;

    public TransferShares(IReadOnlyDictionary<string, double> percents)
    {
        var shares = percents.Where(p => p.Value > 0).ToList();
        Targets = [.. shares.Select(p => p.Key).Order(StringComparer.Ordinal)];
        Percent = shares.Sum(p => p.Value);
        if (shares.Count > 0) _choice = new WeightedChoice([.. shares, new(Stays, 100 - Percent)]);
    }

    public static TransferShares None { get; } = new(new Dictionary<string, double>());

    public IReadOnlyList<string> Targets { get; }

    /// <summary>Percent of answered contacts transferred, over every target.</summary>
    public double Percent { get; }

    /// <summary>The queue this answered contact goes on to, or null when it is completed here.</summary>
    public string? Pick(Random random) => _choice?.Pick(random) is { } picked && picked != Stays ? picked : null;
}
