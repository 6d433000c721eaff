using System.Collections.Concurrent;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// What the simulated providers received, by idempotency key: a key seen again is a duplicate the provider drops (it
/// would not text anyone twice), counted so tests can prove the sender never needed the drop to stay correct.
/// </summary>
public sealed class MessageLedger
{
    private readonly ConcurrentDictionary<string, ReceivedMessage> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<CallbackAnswer> _answers = new();
    private long _refused;

    public IReadOnlyCollection<ReceivedMessage> Messages => [.. _messages.Values];

    public long Refused => Interlocked.Read(ref _refused);

    public void CountRefused() => Interlocked.Increment(ref _refused);

    /// <summary>The silo's answers to the status callbacks, in the order they arrived.</summary>
    public IReadOnlyCollection<CallbackAnswer> Answers => [.. _answers];

    public void Answered(CallbackAnswer answer) => _answers.Enqueue(answer);

    /// <summary>Records a send; answers the message and whether it was the first one with this key.</summary>
    public (ReceivedMessage Message, bool First) Take(ReceivedMessage message)
    {
        var first = true;
        var held = _messages.AddOrUpdate(message.Key, message, (_, existing) =>
        {
            first = false;
            lock (existing) existing.Sends++;
            existing.CallbackUrl = message.CallbackUrl ?? existing.CallbackUrl;
            return existing;
        });
        return (held, first);
    }

    public int CountIn(string account) => _messages.Values.Count(m => m.Account == account);
}
