using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>Keeps the breach versions commits nudged with; forwards nothing to figures.</summary>
internal sealed class RecordingNudges : IFigureForwarder, IBreachForwarder
{
    public List<long> Nudges { get; } = [];

    public void Forward(CommittedChanges changes) { }

    public void Nudge(long breachVersion)
    {
        lock (Nudges) Nudges.Add(breachVersion);
    }
}
