using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Push;

/// <summary>The item versions a plan sends, as the audit trail records them ("parking-routes@v1 en,es").</summary>
public static class PushTexts
{
    public static string Versions(PushPlan plan) => string.Join("; ", plan.Texts
        .Where((_, i) => plan.Deliveries.Any(d => d.Text == i))
        .GroupBy(t => $"{t.ItemId}@v{t.Version}")
        .Select(g => $"{g.Key} {string.Join(",", g.Select(t => t.Language).Distinct())}"));
}
