namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A break as written: how long after the shift starts (a duration such as 2h) and how many minutes.</summary>
internal sealed class BreakFile
{
    public string? After { get; set; }
    public double Minutes { get; set; }
}
