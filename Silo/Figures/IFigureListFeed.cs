namespace Philly311.Ops.Silo.Figures;

/// <summary>The router's side of a list grain.</summary>
public interface IFigureListFeed : IGrainWithStringKey
{
    Task ApplyAsync(FigureUpdate update);
}
