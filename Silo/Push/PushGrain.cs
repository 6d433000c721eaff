using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Utilities;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Channels;
using Philly311.Ops.Silo.Deliveries;
using Polly;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Drives one push's deliveries to a final state. Redis holds the plan and each delivery's status; every move is written
/// there (compare-and-set) before the next step, a provider is called only with the delivery in <c>sending</c>, and a
/// resend after a crash or a missing callback carries the same idempotency key. So an activation on another silo
/// (a reminder, <see cref="PushResumer"/>) picks up exactly where Redis says, and nothing is lost or sent twice.
/// Reentrant: provider calls and backoff waits interleave with callbacks and reads; state is touched only on the grain's
/// scheduler (Polly continues on the captured context). Placed on the silo that started it (the event's), so its provider
/// calls leave from where the request came in.
/// </summary>
[Reentrant]
[Orleans.Placement.PreferLocalPlacement]
public sealed partial class PushGrain(
    DeliveryStore store, ChannelRouter router, IOptions<PushOptions> options, TimeProvider clock, ILogger<PushGrain> logger)
    : Grain, IPushGrain, IRemindable
{
    private const string ResumeReminder = "resume";
    private static readonly TimeSpan FrameEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan DriveEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    private readonly ObserverManager<IPushObserver> _observers = new(IPushGrain.SubscriptionLifetime, logger);
    private readonly Queue<int> _waiting = new();
    private readonly HashSet<int> _inFlight = [];
    private readonly DeliveryRetry _retry = new(options.Value);
    private readonly CancellationTokenSource _stopping = new();
    private PushPlan? _plan;
    private DeliveryState[] _states = [];
    private DateTimeOffset?[] _sentAt = [];
    private long _sequence;
    private long _sentSequence = -1;
    private long _reportedSequence = -1;
    private DateTimeOffset _lastSend;
    private DateTimeOffset _lastProgress;
    private DateTimeOffset _lastDrive;
    private bool _completed;

    private string PushId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _plan = await store.ReadPlanAsync(PushId);
        if (_plan is not null) await LoadStatesAsync();
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(FrameEvery, FrameEvery) { Interleave = true });
        if (_plan is not null && !_completed) Drive();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public async Task<PushFrame> StartAsync(PushPlan plan)
    {
        if (_plan is null)
        {
            await store.CreateAsync(plan, clock.GetUtcNow());
            _plan = await store.ReadPlanAsync(PushId) ?? plan;
            await LoadStatesAsync();
            LogStarted(PushId, _plan.Deliveries.Length, _plan.Exercise);
        }
        if (!_completed)
        {
            await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            Drive();
        }
        return Frame();
    }

    public Task<PushFrame?> GetFrameAsync() => Task.FromResult(_plan is null ? null : Frame());

    public Task<PushPlan?> GetPlanAsync() => Task.FromResult(_plan);

    public Task<DeliveryRecord[]> GetDeliveriesAsync() => Task.FromResult(_plan is null ? [] :
        Enumerable.Range(0, _states.Length).Select(n => PushMatrix.Record(_plan, n, _states[n])).ToArray());

    public Task ResumeAsync()
    {
        if (_plan is not null && !_completed) Drive();
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        if (_plan is null || _completed)
        {
            var reminder = await this.GetReminder(reminderName);
            if (reminder is not null) await this.UnregisterReminder(reminder);
            return;
        }
        Drive();
    }

    public async Task<CallbackResult> ApplyStatusAsync(int delivery, DeliveryStatus status, string? reason, string provider) =>
        new(await ApplyAsync(delivery, status, reason, provider), _sequence);

    private async Task<CallbackOutcome> ApplyAsync(int delivery, DeliveryStatus status, string? reason, string provider)
    {
        if (_plan is null || delivery < 0 || delivery >= _states.Length) return CallbackOutcome.UnknownDelivery;
        var route = router.Find(_plan.Deliveries[delivery].Channel, _plan.Exercise);
        if (route is null || route.ProviderName != provider) return CallbackOutcome.WrongProvider;
        var current = _states[delivery].Status;
        if (current == status) return CallbackOutcome.Duplicate;
        if (!DeliveryTransitions.IsAllowed(current, status)) return CallbackOutcome.Illegal;
        if (!await MoveAsync(delivery, status, reason ?? DefaultReason(status))) return CallbackOutcome.Illegal;
        if (status == DeliveryStatus.FailedTemporary) Enqueue(delivery);
        return CallbackOutcome.Applied;
    }

    public async Task<int> CancelAsync(string who)
    {
        if (_plan is null) return 0;
        var cancelled = 0;
        for (var n = 0; n < _states.Length; n++)
        {
            if (_states[n].Status is DeliveryStatus.Queued or DeliveryStatus.FailedTemporary or DeliveryStatus.Retrying
                && await MoveAsync(n, DeliveryStatus.Cancelled, "cancelled by " + who)) cancelled++;
        }
        await GrainFactory.GetGrain<IEventGrain>(_plan.EventId).RecordAsync(new TimelineEntry(clock.GetUtcNow(), who, "push cancelled",
            $"{cancelled} deliveries not yet handed to a provider were cancelled", PushId: PushId));
        return cancelled;
    }

    public async Task<int> RetryFailedAsync(string who)
    {
        if (_plan is null) return 0;
        var failed = Enumerable.Range(0, _states.Length).Where(n => _states[n].Status == DeliveryStatus.FailedPermanent).ToArray();
        if (failed.Length == 0) return 0;
        var retry = _plan with
        {
            PushId = NewPushId(),
            CreatedAt = clock.GetUtcNow(),
            RequestedBy = who,
            Deliveries = failed.Select(n => _plan.Deliveries[n]).ToArray(),
            RetryOf = PushId,
        };
        await GrainFactory.GetGrain<IEventGrain>(_plan.EventId).AddPushAsync(retry.PushId, new TimelineEntry(clock.GetUtcNow(), who, "push retried",
            $"{failed.Length} permanently failed deliveries of {PushId} sent again as {retry.PushId}", PushTexts.Versions(retry), retry.PushId));
        await GrainFactory.GetGrain<IPushGrain>(retry.PushId).StartAsync(retry);
        return failed.Length;
    }

    public static string NewPushId() => "p" + Guid.NewGuid().ToString("N")[..12];

    public Task SubscribeAsync(IPushObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IPushObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task LoadStatesAsync()
    {
        _states = await store.ReadStatesAsync(PushId, _plan!.Deliveries.Length, clock.GetUtcNow());
        _sentAt = new DateTimeOffset?[_states.Length];
        _completed = _states.All(s => DeliveryTransitions.IsFinal(s.Status));
        _sequence++;
    }

    /// <summary>Queues every delivery that is not final and not being worked on; one in <c>sending</c> with no answer yet is sent again once its callback is overdue.</summary>
    private void Drive()
    {
        var now = clock.GetUtcNow();
        for (var n = 0; n < _states.Length; n++)
        {
            var status = _states[n].Status;
            if (DeliveryTransitions.IsFinal(status) || _inFlight.Contains(n)) continue;
            if (status == DeliveryStatus.Sending && _sentAt[n] is { } sent && now - sent < options.Value.AckTimeout) continue;
            Enqueue(n);
        }
    }

    private void Enqueue(int n)
    {
        if (!_inFlight.Add(n)) return;
        _waiting.Enqueue(n);
        Pump();
    }

    private int _running;

    private void Pump()
    {
        while (_running < options.Value.Concurrency && _waiting.TryDequeue(out var n))
        {
            _running++;
            _ = RunAsync(n);
        }
    }

    private async Task RunAsync(int n)
    {
        try
        {
            await DeliverAsync(n);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Left where Redis says it is; the ack timer or the reminder picks it up again.
            LogDeliveryFailed(PushId, n, ex.GetType().Name, ex.Message);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _running--;
            _inFlight.Remove(n);
            Pump();
        }
        await CompleteIfDoneAsync();
    }

    private async Task DeliverAsync(int n)
    {
        var plan = _plan!;
        var route = router.Find(plan.Deliveries[n].Channel, plan.Exercise);
        if (route is null)
        {
            await EndAsync(n, plan.Exercise ? "no sandbox provider for this channel" : "no provider configured for this channel");
            return;
        }
        if (_states[n].Status == DeliveryStatus.FailedTemporary)
        {
            // A provider said "try later" by callback: wait like a retry would, then go again.
            await Task.Delay(Backoff(_states[n].Attempts), clock, _stopping.Token);
            if (!await MoveAsync(n, DeliveryStatus.Retrying, _states[n].Reason)) return;
        }
        var message = Message(plan, n);
        var context = ResilienceContextPool.Shared.Get(continueOnCapturedContext: true, _stopping.Token);
        context.Properties.Set(DeliveryRetry.BetweenAttempts, async failure =>
        {
            LogRetrying(PushId, n, failure.Message);
            if (await MoveAsync(n, DeliveryStatus.FailedTemporary, failure.Message)) await MoveAsync(n, DeliveryStatus.Retrying, failure.Message);
        });
        try
        {
            var answer = await _retry.Pipeline.ExecuteAsync(async ctx =>
            {
                var status = _states[n].Status;
                if (DeliveryTransitions.IsFinal(status)) return (ChannelAnswer?)null;
                if (status != DeliveryStatus.Sending && !await MoveAsync(n, DeliveryStatus.Sending, null, attempt: true)) return null;
                if (status == DeliveryStatus.Sending) await CountResendAsync(n);
                _sentAt[n] = clock.GetUtcNow();
                return await route.Adapter.SendAsync(message, route.ProviderName, route.Provider, CancellationToken.None);
            }, context);
            if (answer == ChannelAnswer.Delivered && _states[n].Status == DeliveryStatus.Sending) await MoveAsync(n, DeliveryStatus.Delivered, null);
        }
        catch (ChannelFailure failure)
        {
            var reason = failure.Temporary ? $"gave up after {_states[n].Attempts} attempts: {failure.Message}" : failure.Message;
            if (_states[n].Status == DeliveryStatus.Sending) await MoveAsync(n, DeliveryStatus.FailedPermanent, reason);
            else if (!DeliveryTransitions.IsFinal(_states[n].Status)) await EndAsync(n, reason);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>A resend of a message the provider may already have: counted as an attempt; after too many unanswered ones the delivery is given up.</summary>
    private async Task CountResendAsync(int n)
    {
        var state = _states[n];
        if (state.Attempts >= options.Value.MaxAttempts)
            throw new ChannelFailure($"no status from the provider after {state.Attempts} sends", temporary: false);
        var next = state with { Attempts = state.Attempts + 1, UpdatedAt = clock.GetUtcNow() };
        if (await store.MoveAsync(PushId, n, DeliveryStatus.Sending, next)) _states[n] = next;
    }

    /// <summary>Ends a delivery that was never handed to a provider this time, through the legal path to <c>failed_permanent</c>.</summary>
    private async Task EndAsync(int n, string reason)
    {
        if (_states[n].Status is DeliveryStatus.Queued or DeliveryStatus.Retrying && !await MoveAsync(n, DeliveryStatus.Sending, null, attempt: true)) return;
        if (_states[n].Status is DeliveryStatus.Sending or DeliveryStatus.FailedTemporary) await MoveAsync(n, DeliveryStatus.FailedPermanent, reason);
    }

    private async Task<bool> MoveAsync(int n, DeliveryStatus to, string? reason, bool attempt = false)
    {
        var from = _states[n];
        if (!DeliveryTransitions.IsAllowed(from.Status, to)) return false;
        var next = new DeliveryState(to, from.Attempts + (attempt ? 1 : 0), clock.GetUtcNow(), reason ?? (to == DeliveryStatus.Sending ? null : from.Reason));
        if (!await store.MoveAsync(PushId, n, from.Status, next))
        {
            // Moved by someone else (another activation during a split): take Redis's word for it.
            if (await store.ReadStateAsync(PushId, n) is { } actual) _states[n] = actual;
            _sequence++;
            return false;
        }
        if (_states[n] != from) return false;
        _states[n] = next;
        _sequence++;
        SendIfQuiet();
        return true;
    }

    private async Task CompleteIfDoneAsync()
    {
        if (_completed || _plan is null || !_states.All(s => DeliveryTransitions.IsFinal(s.Status))) return;
        _completed = true;
        var counts = StatusCounts.Count(_states.Select(s => s.Status));
        await store.CompleteAsync(PushId, clock.GetUtcNow());
        LogCompleted(PushId, counts.Delivered, counts.FailedPermanent, counts.Cancelled);
        var events = GrainFactory.GetGrain<IEventGrain>(_plan.EventId);
        await events.RecordAsync(new TimelineEntry(clock.GetUtcNow(), "system", "push completed",
            $"{counts.Delivered} delivered, {counts.FailedPermanent} failed, {counts.Cancelled} cancelled of {counts.Total}", PushId: PushId));
        await ReportProgressAsync();
        var reminder = await this.GetReminder(ResumeReminder);
        if (reminder is not null) await this.UnregisterReminder(reminder);
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_plan is null) return;
        var now = clock.GetUtcNow();
        if (_sequence != _sentSequence) SendFrame(now);
        else if (now - _lastSend >= TimeSpan.FromSeconds(1))
        {
            _lastSend = now;
            if (_observers.Count > 0) _observers.Notify(o => o.OnPushHeartbeat(PushId, now));
        }
        // Progress follows the frames at most once a second, and the last change is reported even when it came alone.
        if (_sequence != _reportedSequence && now - _lastProgress >= ProgressEvery)
        {
            _reportedSequence = _sequence;
            await ReportProgressAsync();
        }
        if (!_completed && now - _lastDrive >= DriveEvery)
        {
            _lastDrive = now;
            Drive();
        }
    }

    /// <summary>
    /// A change after a quiet spell of <see cref="FrameEvery"/> goes out at once instead of waiting for the tick (the
    /// matrix budget is 250 ms to the screen); changes closer together wait for the tick, so a busy push still sends
    /// at most one frame per <see cref="FrameEvery"/> (20 a second at most).
    /// </summary>
    private void SendIfQuiet()
    {
        var now = clock.GetUtcNow();
        if (_plan is not null && now - _lastSend >= FrameEvery) SendFrame(now);
    }

    private void SendFrame(DateTimeOffset now)
    {
        var frame = Frame();
        _sentSequence = _sequence;
        _lastSend = now;
        if (_observers.Count > 0) _observers.Notify(o => o.OnPushChanged(frame));
    }

    private async Task ReportProgressAsync()
    {
        _lastProgress = clock.GetUtcNow();
        try
        {
            await GrainFactory.GetGrain<IEventDirectoryGrain>(IEventDirectoryGrain.Key).ReportPushAsync(_plan!.EventId, Frame().Progress);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogProgressFailed(PushId, ex.Message);
        }
    }

    private PushFrame Frame() => PushMatrix.Frame(_plan!, _states, _sequence, clock.GetUtcNow());

    private ChannelMessage Message(PushPlan plan, int n)
    {
        var text = plan.Texts[plan.Deliveries[n].Text];
        var title = plan.Exercise ? "EXERCISE: " + text.Title : text.Title;
        var body = plan.Exercise ? "EXERCISE — THIS IS A DRILL. " + text.Body : text.Body;
        return new ChannelMessage(DeliveryId.Of(plan.PushId, n), PushMatrix.IdempotencyKey(plan, n), plan.EventId, plan.Deliveries[n].Channel,
            text.Language, title, body, plan.Exercise, router.CallbackUrl);
    }

    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var ms = Math.Min(o.MaxRetryDelay.TotalMilliseconds, o.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1)));
        return TimeSpan.FromMilliseconds(ms * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private static string? DefaultReason(DeliveryStatus status) => status switch
    {
        DeliveryStatus.FailedTemporary => "provider: temporary failure",
        DeliveryStatus.FailedPermanent => "provider: permanent failure",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Push {PushId}: {Deliveries} deliveries started (exercise: {Exercise})")]
    private partial void LogStarted(string pushId, int deliveries, bool exercise);

    [LoggerMessage(Level = LogLevel.Information, Message = "Push {PushId} completed: {Delivered} delivered, {Failed} failed, {Cancelled} cancelled")]
    private partial void LogCompleted(string pushId, int delivered, int failed, int cancelled);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Push {PushId} delivery {Delivery}: retrying after {Reason}")]
    private partial void LogRetrying(string pushId, int delivery, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {PushId} delivery {Delivery}: {ErrorType} {Reason}; picked up again later")]
    private partial void LogDeliveryFailed(string pushId, int delivery, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {PushId}: progress not reported to the event directory ({Reason})")]
    private partial void LogProgressFailed(string pushId, string reason);
}
