namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class StepFile
{
    public string? Name { get; set; }
    public InjectFile? Inject { get; set; }
    public RampFile? RampingInject { get; set; }
    public SpikeFile? Spike { get; set; }
    public PauseFile? Pause { get; set; }
    public TrafficFile? Mix { get; set; }
    public ReadersFile? Readers { get; set; }
}
