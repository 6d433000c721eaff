namespace Philly311.Ops.Silo.Figures;

/// <summary>Hands each commit to this silo's <see cref="IDeltaRouter"/> through a <see cref="RouterHandoff"/>.</summary>
public sealed class RouterForwarder(IGrainFactory grains, ILogger<RouterForwarder> logger) : IFigureForwarder
{
    private readonly RouterHandoff _handoff = new("a commit to the figures", logger);

    public void Forward(CommittedChanges changes) => _handoff.Send(() => grains.GetGrain<IDeltaRouter>(0).ForwardAsync(changes));
}
