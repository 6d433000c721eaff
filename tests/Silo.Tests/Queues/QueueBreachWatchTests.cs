using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Queues;

namespace Philly311.Ops.Silo.Tests.Queues;

public sealed class QueueBreachWatchTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Noon);
    private readonly QueueSettings _settings = new() { OldestWaitBreachSeconds = 180, TargetPercent = 80, MinWindowContacts = 5 };

    [Fact]
    public void AnOldestWaitBreachStartsWhenTheWaitCrossedTheThresholdAndEndsWhenNobodyWaitsThatLong()
    {
        var watch = new QueueBreachWatch("queue:general", _clock);
        var since = Noon;

        _clock.Advance(TimeSpan.FromSeconds(180));
        watch.Check(_settings, null, 0, since).ShouldBeNull("at exactly the threshold it is not over it");
        _clock.Advance(TimeSpan.FromSeconds(2));
        var opened = watch.Check(_settings, null, 0, since);
        _clock.Advance(TimeSpan.FromSeconds(40));
        watch.Check(_settings, null, 0, since).ShouldBeNull("still open: nothing new to log");
        var ended = watch.Check(_settings, null, 0, null);

        opened!.Reason.ShouldBe(QueueBreachReason.OldestWait);
        opened.Start.ShouldBe(Noon.AddSeconds(180));
        opened.End.ShouldBeNull();
        opened.Words.ShouldContain("Oldest wait over 3 min");
        ended!.End.ShouldBe(Noon.AddSeconds(222));
        watch.Open.ShouldBeNull();
    }

    [Fact]
    public void AServiceLevelUnderTargetBreachesOnlyWithEnoughContactsInTheWindow()
    {
        var watch = new QueueBreachWatch("queue:general", _clock);

        watch.Check(_settings, 0.5, 4, null).ShouldBeNull("four contacts say nothing about a service level");
        var opened = watch.Check(_settings, 0.5, 5, null);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var ended = watch.Check(_settings, 0.85, 12, null);

        opened!.Reason.ShouldBe(QueueBreachReason.ServiceLevel);
        opened.Start.ShouldBe(Noon);
        opened.Words.ShouldContain("50 % under the 80 % target");
        ended!.End.ShouldBe(Noon.AddMinutes(10));
    }

    [Fact]
    public void AResumedBreachIsContinuedNotOpenedAgain()
    {
        var watch = new QueueBreachWatch("queue:general", _clock);
        watch.Resume(new QueueBreach("queue:general", QueueBreachReason.ServiceLevel, Noon.AddHours(-1), null, "held"));

        watch.Check(_settings, 0.5, 10, null).ShouldBeNull();

        watch.Open!.Start.ShouldBe(Noon.AddHours(-1));
    }
}
