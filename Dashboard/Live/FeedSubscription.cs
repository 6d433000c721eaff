using System.Threading.Channels;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// One subscriber of the feed with its own pump. The feed only drops a signal into a one-slot mailbox,
/// so the observer thread never waits on a circuit; a slow circuit just sees fewer, coalesced updates
/// (it always reads the latest state when it gets to run), and never delays the others.
/// </summary>
internal sealed partial class FeedSubscription : IDisposable
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly LiveBoardFeed _feed;
    private readonly Func<BoardSnapshot?, BoardFreshness, Task> _onChange;
    private readonly ILogger _logger;

    public FeedSubscription(LiveBoardFeed feed, Func<BoardSnapshot?, BoardFreshness, Task> onChange, ILogger logger)
    {
        _feed = feed;
        _onChange = onChange;
        _logger = logger;
        _ = Task.Run(PumpAsync);
    }

    public void Signal() => _signals.Writer.TryWrite(true);

    public void Dispose()
    {
        _signals.Writer.TryComplete();
        _feed.Remove(this);
    }

    private async Task PumpAsync()
    {
        await foreach (var _ in _signals.Reader.ReadAllAsync())
        {
            try
            {
                await _onChange(_feed.Current, _feed.Freshness);
            }
            catch (Exception ex)
            {
                // A circuit that went away mid-render must not stop this pump or any other subscriber.
                LogSubscriberFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A board subscriber failed to take an update")]
    private partial void LogSubscriberFailed(Exception exception);
}
