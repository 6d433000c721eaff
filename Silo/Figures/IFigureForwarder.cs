namespace Philly311.Ops.Silo.Figures;

/// <summary>Takes what a commit changed to the figure grains. Never throws and never waits: the commit is already durable.</summary>
public interface IFigureForwarder
{
    void Forward(CommittedChanges changes);
}
