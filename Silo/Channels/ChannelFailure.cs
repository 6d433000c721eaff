namespace Philly311.Ops.Silo.Channels;

/// <summary>A provider call that failed. <see cref="Temporary"/> failures are retried with backoff; others end the delivery.</summary>
public sealed class ChannelFailure(string reason, bool temporary, Exception? inner = null) : Exception(reason, inner)
{
    public bool Temporary { get; } = temporary;

    public static ChannelFailure ExerciseRefused(string provider) =>
        new($"exercise refused: provider '{provider}' is not a sandbox", temporary: false);
}
