using Orleans.Concurrency;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// Per-silo merger between the commit and the figure grains. One-way: the ingest path hands over what Redis
/// committed and answers its sender at once; forwarding never delays a 2xx.
/// </summary>
public interface IDeltaRouter : IGrainWithIntegerKey
{
    [OneWay]
    Task ForwardAsync(CommittedChanges changes);
}
