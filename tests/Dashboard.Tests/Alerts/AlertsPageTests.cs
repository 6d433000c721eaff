using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Alerts;
using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Queues;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

/// <summary>The <c>/alerts</c> page on real Redis: who may edit and acknowledge, validation, and the audit trail.</summary>
public sealed class AlertsPageTests : BunitContext, IClassFixture<RedisServer>
{
    private readonly RedisServer _redis;
    private readonly RecordingAuditLog _audit = new();
    private readonly AlertLog _log;
    private readonly Bunit.TestDoubles.BunitAuthorizationContext _auth;

    public AlertsPageTests(RedisServer redis)
    {
        _redis = redis;
        redis.FlushAsync().GetAwaiter().GetResult();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var clock = new FakeTimeProvider(AlertFrames.AsOf);
        var options = Options.Create(new AlertOptions());
        var queues = new QueueFeed(clock);
        queues.Take(AlertFrames.Queue("main", 0.9));
        _log = new AlertLog(redis.Connection!, options);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(queues);
        Services.AddSingleton(new BreachFeed(clock));
        Services.AddSingleton<IConnectionMultiplexer>(redis.Connection!);
        Services.AddSingleton(new AlertThresholds(redis.Connection!, options));
        Services.AddSingleton(_log);
        Services.AddSingleton(new ActiveAlerts());
        Services.AddSingleton<Contracts.Access.IAuditLog>(_audit);
        _auth = AddAuthorization();
    }

    [Fact]
    public async Task TheDirectorsEditIsCheckedThenStoredForEveryDashboardAndAudited()
    {
        _auth.SetAuthorized("dana");
        _auth.SetPolicies(OpsPolicies.Director, OpsPolicies.Liaison);
        var page = Render<AlertsPage>();

        page.WaitForAssertion(() => page.Find("tr[data-queue='main'] button"), TimeSpan.FromSeconds(5));
        await page.InvokeAsync(() => page.Find("tr[data-queue='main'] button").Click());
        await page.InvokeAsync(() => Input(page, 0).Change("60"));
        await page.InvokeAsync(() => Input(page, 1).Change("75"));
        await page.InvokeAsync(() => Button(page, "Save").Click());

        page.WaitForAssertion(() => page.Markup.ShouldContain("ServiceLevelRedPercent must not be above"), TimeSpan.FromSeconds(5));
        (await _redis.Database.HashExistsAsync(AlertThresholds.OverridesKey, "queue:main")).ShouldBeFalse();
        _audit.Entries.ShouldBeEmpty();

        await page.InvokeAsync(() => Input(page, 1).Change("50"));
        await page.InvokeAsync(() => Button(page, "Save").Click());

        page.WaitForAssertion(() => page.Find("tr[data-queue='main']").TextContent.ShouldContain("set on screen"), TimeSpan.FromSeconds(5));
        (await _redis.Database.HashGetAsync(AlertThresholds.OverridesKey, "queue:main")).ToString().ShouldContain("\"serviceLevelRedPercent\":50");
        var audited = _audit.Entries.ShouldHaveSingleItem();
        audited.Action.ShouldBe("alerts.thresholds");
        audited.Actor.ShouldBe("dana");
        audited.Detail.ShouldContain("amber < 60 %, red < 50 %");
    }

    [Fact]
    public async Task AReaderSeesTheLogButNeitherEditsNorAcknowledges()
    {
        await _log.RaiseAsync(new AlertReading("queue:main", "Main", AlertLevel.Red, AlertEvaluation.ServiceLevel, "50 %", "< 70 %", AlertFrames.AsOf));
        _auth.SetAuthorized("reed");
        var page = Render<AlertsPage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid='alert-log'] tbody tr").Count.ShouldBe(1), TimeSpan.FromSeconds(5));
        page.Find("[data-testid='alert-log'] tbody tr").TextContent.ShouldContain("RED");
        page.FindAll("button").Where(b => b.TextContent.Contains("Acknowledge") || b.TextContent.Contains("Edit")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ALiaisonAcknowledgesAnOpenAlertAndWhoAndWhenAreKept()
    {
        await _log.RaiseAsync(new AlertReading("department:streets", "Streets Department", AlertLevel.Amber, AlertEvaluation.Breached, "12", "≥ 10", AlertFrames.AsOf));
        _auth.SetAuthorized("lee");
        _auth.SetPolicies(OpsPolicies.Liaison);
        var page = Render<AlertsPage>();

        page.WaitForAssertion(() => Button(page, "Acknowledge"), TimeSpan.FromSeconds(5));
        await page.InvokeAsync(() => Button(page, "Acknowledge").Click());

        page.WaitForAssertion(() => page.Find("[data-testid='alert-log'] tbody tr").TextContent.ShouldContain("lee, "), TimeSpan.FromSeconds(5));
        (await _log.RecentAsync(1))[0].AcknowledgedBy.ShouldBe("lee");
        _audit.Entries.ShouldHaveSingleItem().Action.ShouldBe("alerts.acknowledge");
        page.FindAll("button").Where(b => b.TextContent.Contains("Acknowledge")).ShouldBeEmpty();
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<AlertsPage> page, int index) =>
        page.FindAll("[data-testid='threshold-editor'] input")[index];

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<AlertsPage> page, string text) =>
        page.FindAll("button").First(b => b.TextContent.Trim() == text);
}
