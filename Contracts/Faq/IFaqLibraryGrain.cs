namespace Philly311.Ops.Contracts.Faq;

/// <summary>The FAQ library as the silo loaded it from its content files; the same on every silo.</summary>
public interface IFaqLibraryGrain : IGrainWithIntegerKey
{
    Task<FaqLibrarySnapshot> GetAsync();
}
