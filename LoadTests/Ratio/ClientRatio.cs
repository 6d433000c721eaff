namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>silo/bare for one client: per round (bare and silo of the same round, back to back) and pooled (mean silo ÷ mean bare).</summary>
internal sealed record ClientRatio(string Client, IReadOnlyList<double> Rounds, double Pooled, double BarePerSecond, double SiloPerSecond)
{
    /// <summary>Null when the client has no bare or no silo phase with a rate.</summary>
    public static ClientRatio? Of(IReadOnlyList<RatioPhase> phases, string client)
    {
        var mine = phases.Where(p => p.Client == client).ToList();
        var bare = mine.Where(p => p.Target == RatioPhase.Bare && p.PerSecond > 0).ToList();
        var silo = mine.Where(p => p.Target == RatioPhase.Silo).ToList();
        if (bare.Count == 0 || silo.Count == 0) return null;
        var rounds = mine.Select(p => p.Round).Distinct().Order()
            .Select(r => (Bare: bare.FirstOrDefault(p => p.Round == r), Silo: silo.FirstOrDefault(p => p.Round == r)))
            .Where(x => x.Bare is not null && x.Silo is not null)
            .Select(x => x.Silo!.PerSecond / x.Bare!.PerSecond)
            .ToList();
        var bareMean = bare.Average(p => p.PerSecond);
        var siloMean = silo.Average(p => p.PerSecond);
        return new ClientRatio(client, rounds, siloMean / bareMean, bareMean, siloMean);
    }
}
