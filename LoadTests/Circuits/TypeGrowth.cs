namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>How much one type's live objects grew per open circuit between two heap walks of a series.</summary>
internal sealed record TypeGrowth(string Type, double ObjectsPerCircuit, double BytesPerCircuit)
{
    /// <summary>The types that grew most between <paramref name="before"/> (no tabs) and <paramref name="after"/> (<paramref name="tabs"/> open).</summary>
    public static IReadOnlyList<TypeGrowth> Between(IReadOnlyList<TypeShare> before, IReadOnlyList<TypeShare> after, int tabs, int top)
    {
        if (tabs <= 0) return [];
        var was = before.ToDictionary(t => t.Type, StringComparer.Ordinal);
        return after
            .Select(t => (t, was.GetValueOrDefault(t.Type)))
            .Select(p => new TypeGrowth(p.t.Type, (p.t.Objects - (p.Item2?.Objects ?? 0)) / (double)tabs, (p.t.Bytes - (p.Item2?.Bytes ?? 0)) / (double)tabs))
            .OrderByDescending(g => g.BytesPerCircuit)
            .Take(top)
            .ToList();
    }
}
