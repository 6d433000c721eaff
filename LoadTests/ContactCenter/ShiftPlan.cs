namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A daily shift in city wall-clock time; an <see cref="End"/> not after <see cref="Start"/> runs past midnight.</summary>
internal sealed record ShiftPlan(string Name, TimeOnly Start, TimeOnly End, int Agents, IReadOnlyList<string> Skills)
{
    public bool PastMidnight => End <= Start;
}
