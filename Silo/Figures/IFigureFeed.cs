namespace Philly311.Ops.Silo.Figures;

/// <summary>The router's side of a figure grain (silo-internal: nobody outside the silo feeds figures).</summary>
public interface IFigureFeed : IGrainWithStringKey
{
    Task ApplyAsync(FigureUpdate update);
}
