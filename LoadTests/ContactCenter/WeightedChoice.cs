namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>Picks a value with probability proportional to its weight (the language mix of a queue).</summary>
internal sealed class WeightedChoice
{
    private readonly (string Value, double Upto)[] _cumulative;

    public WeightedChoice(IEnumerable<KeyValuePair<string, double>> weights)
    {
        var total = 0.0;
        _cumulative = weights.Where(w => w.Value > 0).OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => (w.Key, total += w.Value)).ToArray();
        if (_cumulative.Length == 0) throw new ArgumentException("At least one positive weight is needed.", nameof(weights));
    }

    public IEnumerable<string> Values => _cumulative.Select(c => c.Value);

    public string Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1].Upto;
        foreach (var (value, upto) in _cumulative)
        {
            if (x < upto) return value;
        }
        return _cumulative[^1].Value;
    }
}
