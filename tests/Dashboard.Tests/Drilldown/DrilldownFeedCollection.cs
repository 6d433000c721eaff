namespace Philly311.Ops.Dashboard.Tests.Drilldown;

/// <summary>Runs <see cref="DrilldownFeedTests"/> on its own, after the parallel collections (see there why).</summary>
[CollectionDefinition(nameof(DrilldownFeedTests), DisableParallelization = true)]
public sealed class DrilldownFeedCollection;
