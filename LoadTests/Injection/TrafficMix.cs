namespace Philly311.Ops.LoadTests.Injection;

/// <summary>
/// Picks the kind of each arrival by smooth weighted round-robin (the nginx upstream algorithm): deterministic,
/// no random clumping, and over any window the counts follow the weights within one arrival per kind.
/// Not thread-safe: the single injector loop owns it.
/// </summary>
internal sealed class TrafficMix
{
    private readonly (TrafficKind Kind, double Weight)[] _weights;
    private readonly double[] _current;
    private readonly double _total;

    public TrafficMix(IEnumerable<(TrafficKind Kind, double Weight)> weights)
    {
        _weights = weights.Where(w => w.Weight > 0).ToArray();
        if (_weights.Length == 0) _weights = [(TrafficKind.Request, 1)];
        _current = new double[_weights.Length];
        _total = _weights.Sum(w => w.Weight);
    }

    public IEnumerable<(TrafficKind Kind, double Share)> Shares => _weights.Select(w => (w.Kind, w.Weight / _total));

    public bool Uses(TrafficKind kind) => _weights.Any(w => w.Kind == kind);

    public TrafficKind Next()
    {
        var best = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            _current[i] += _weights[i].Weight;
            if (_current[i] > _current[best]) best = i;
        }
        _current[best] -= _total;
        return _weights[best].Kind;
    }

    public override string ToString() =>
        string.Join(", ", Shares.Select(s => $"{s.Kind.ToString().ToLowerInvariant()} {s.Share:P0}"));
}
