using Philly311.Ops.LoadTests.ContactCenter;

namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>
/// The contact side of a scenario as written: factors on the normal weekday profile (every queue, or per queue),
/// replaced hourly shapes and roster, a backlog of callers holding, and the city time the simulated day starts at.
/// </summary>
internal sealed class ContactCenterFile
{
    public string? StartsAt { get; set; }
    public double Arrivals { get; set; } = 1;
    public Dictionary<string, double> Queues { get; set; } = [];
    public double Patience { get; set; } = 1;
    public double Handle { get; set; } = 1;
    public Dictionary<string, List<double>> Shapes { get; set; } = [];
    public BacklogFile? Backlog { get; set; }
    public List<ShiftFile> Shifts { get; set; } = [];
}
