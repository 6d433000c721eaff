namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A shift as written: city wall-clock start and end ("08:00"), how many agents, which queues they take.</summary>
internal sealed class ShiftFile
{
    public string? Name { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public int Agents { get; set; }
    public List<string> Skills { get; set; } = [];
}
