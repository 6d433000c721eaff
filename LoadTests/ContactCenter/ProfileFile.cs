namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// A contact-center profile as written in YAML (<c>Data/contact-center-profile.yaml</c>), snake_case keys.
/// Mutable because the YAML reader fills it; <see cref="ProfileLoader"/> validates it into a <see cref="ContactCenterProfile"/>.
/// </summary>
internal sealed class ProfileFile
{
    public string? Name { get; set; }
    public Dictionary<string, List<double>> Shapes { get; set; } = [];
    public List<QueueFile> Queues { get; set; } = [];
    public HandleFile? AfterContactWork { get; set; }
    public List<BreakFile> Breaks { get; set; } = [];
    public double BreakStaggerMinutes { get; set; }
    public List<ShiftFile> Shifts { get; set; } = [];
}
