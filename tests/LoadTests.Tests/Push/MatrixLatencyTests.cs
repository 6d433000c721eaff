using System.Diagnostics;
using Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.LoadTests.Push;

namespace Philly311.Ops.LoadTests.Tests.Push;

public sealed class MatrixLatencyTests
{
    private static long At(double ms) => (long)(ms / 1000 * Stopwatch.Frequency);

    private static CallbackAnswer Applied(string key, long sequence, double atMs) => new(key, "delivered", 200, "applied", sequence, At(atMs));

    private static MatrixMark Frame(double atMs, long sequence, params (string Cell, int Delivered)[] cells) =>
        new(At(atMs), sequence, cells.ToDictionary(c => c.Cell, c => c.Delivered), 0, 0);

    [Fact]
    public void ACallbackIsOnScreenAtTheFirstFrameWithItsSequence()
    {
        var answers = new[] { Applied("p1:a@v1:en:sms", 10, 1_000) };
        var frames = new[] { Frame(1_050, 9), Frame(1_180, 12) };

        var result = MatrixLatency.Measure(answers, [], frames);

        result.Callbacks.Count.ShouldBe(1);
        result.Callbacks.Max.ShouldBe(180, 0.5);
        result.All.Count.ShouldBe(1);
        result.CallbacksNeverShown.ShouldBe(0);
        result.Frames.ShouldBe(2);
    }

    [Fact]
    public void AFrameThatOutranTheAnswerCountsZeroAndADuplicateIsNotTimed()
    {
        var answers = new[] { Applied("p1:a@v1:en:sms", 10, 1_000), new CallbackAnswer("p1:a@v1:en:sms", "delivered", 200, "duplicate", 12, At(1_500)) };
        var frames = new[] { Frame(990, 12) };

        var result = MatrixLatency.Measure(answers, [], frames);

        result.Callbacks.Count.ShouldBe(1);
        result.Callbacks.Max.ShouldBe(0);
    }

    [Fact]
    public void TheKthEmailOfACellIsOnScreenWhenTheCellFirstShowsKDelivered()
    {
        var emails = new[]
        {
            new SmtpAcceptance("p1:a-v1:en:email@philly311-ops", At(1_000)),
            new SmtpAcceptance("p1:b-v1:en:email@philly311-ops", At(1_100)),
            new SmtpAcceptance("p1:a-v1:en:email@philly311-ops", At(1_150)),
        };
        var frames = new[]
        {
            Frame(1_050, 1, ("en:email", 1), ("es:email", 5)),
            Frame(1_200, 2, ("en:email", 1), ("es:email", 6)),
            Frame(1_300, 3, ("en:email", 2)),
        };

        var result = MatrixLatency.Measure([], emails, frames);

        result.Emails.Count.ShouldBe(2, "the resend of a took by the sink again is the same delivery");
        result.Emails.P50.ShouldBe(50, 0.5);
        result.Emails.Max.ShouldBe(200, 0.5);
        result.EmailsNeverShown.ShouldBe(0);
    }

    [Fact]
    public void AStatusNoFrameEverShowedIsCountedAsNeverOnAFrame()
    {
        var answers = new[] { Applied("p1:a@v1:en:sms", 40, 1_000) };
        var emails = new[] { new SmtpAcceptance("p1:a-v1:ko:email@philly311-ops", At(1_000)) };
        var frames = new[] { Frame(1_100, 39, ("ko:email", 0)) };

        var result = MatrixLatency.Measure(answers, emails, frames);

        result.CallbacksNeverShown.ShouldBe(1);
        result.EmailsNeverShown.ShouldBe(1);
        result.All.Count.ShouldBe(0);
        result.Pass.ShouldBeFalse();
    }
}
