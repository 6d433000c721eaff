using Orleans.Concurrency;
using Philly311.Ops.Contracts.Faq;

namespace Philly311.Ops.Silo.Faq;

/// <summary>Serves the library every silo loaded from the same files: a local worker, never a cross-silo hop.</summary>
[StatelessWorker]
public sealed class FaqLibraryGrain(FaqLibrary library) : Grain, IFaqLibraryGrain
{
    public Task<FaqLibrarySnapshot> GetAsync() => Task.FromResult(library.Snapshot);
}
