namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// The silo's last answer to one signed status callback. <see cref="AnsweredAt"/> is a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp of this process, taken when the answer arrived; <see cref="Sequence"/> is the push frame sequence the silo says shows it.
/// </summary>
public sealed record CallbackAnswer(string Key, string Status, int HttpStatus, string? Result, long? Sequence, long AnsweredAt)
{
    public bool Applied => HttpStatus is >= 200 and < 300 && Result == "applied";
}
