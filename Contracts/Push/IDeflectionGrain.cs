namespace Philly311.Ops.Contracts.Push;

/// <summary>Deflection of one event's pushes (key = event id), read from the live <c>service:{type}</c> figures' quarter hours.</summary>
public interface IDeflectionGrain : IGrainWithStringKey
{
    Task<DeflectionSeries[]> GetAsync();
}
