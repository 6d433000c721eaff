namespace Philly311.Ops.Silo.Faq;

/// <summary>Builds the library while the host starts (the singleton reads the files), so bad content fails the start with the file's name.</summary>
internal sealed class FaqLibraryCheck(FaqLibrary library) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = library.Snapshot;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
