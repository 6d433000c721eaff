using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Philly311.Ops.Contracts.Access;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Queues;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// Thresholds in force and the shared alert log. Any reader sees them; the director edits thresholds, a liaison or the
/// director acknowledges; both checked again on the click (the circuit may outlive a role) and written to the audit log.
/// </summary>
public sealed partial class AlertsPage : ComponentBase
{
    private const int LogShown = 200;

    private IReadOnlyList<AlertEntry> _log = [];
    private IReadOnlyList<string> _errors = [];
    private bool _director;
    private bool _liaison;
    private string? _editQueue;
    private string? _editDepartment;
    private QueueThresholdsEdit _queueEdit = new();
    private DepartmentThresholdsEdit _departmentEdit = new();
    private Action<RedisChannel, RedisValue>? _onChanged;

    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }
    [Inject] private AlertThresholds Thresholds { get; set; } = default!;
    [Inject] private AlertLog Log { get; set; } = default!;
    [Inject] private QueueFeed Queues { get; set; } = default!;
    [Inject] private BreachFeed Breaches { get; set; } = default!;
    [Inject] private IAuditLog Audit { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IConnectionMultiplexer Redis { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await UserAsync();
        _director = await AllowedAsync(user, OpsPolicies.Director);
        _liaison = await AllowedAsync(user, OpsPolicies.Liaison);
        _onChanged = (channel, what) => _ = InvokeAsync(ReloadAsync);
        await Redis.GetSubscriber().SubscribeAsync(AlertLog.Changed, _onChanged);
        _log = await Log.RecentAsync(LogShown);
    }

    private async Task ReloadAsync()
    {
        _log = await Log.RecentAsync(LogShown);
        StateHasChanged();
    }

    private IEnumerable<string> QueueSlugs() =>
        Queues.Queues().Select(f => QueueKeys.Slug(f.Key)).Concat(Thresholds.Configured.Queues.Keys).Concat(Thresholds.QueueOverrides.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private IEnumerable<(string Key, string Name)> DepartmentKeys()
    {
        var names = (Breaches.Current?.Departments ?? []).ToDictionary(d => d.Key, d => d.Name, StringComparer.Ordinal);
        return names.Keys.Concat(Thresholds.Configured.Departments.Keys).Concat(Thresholds.DepartmentOverrides.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => (k, names.TryGetValue(k, out var n) ? n : k));
    }

    private string QueueSource(string slug) =>
        Thresholds.QueueOverrides.ContainsKey(slug) ? "set on screen" : Thresholds.Configured.Queues.ContainsKey(slug) ? "config" : "default";

    private string DepartmentSource(string key) =>
        Thresholds.DepartmentOverrides.ContainsKey(key) ? "set on screen" : Thresholds.Configured.Departments.ContainsKey(key) ? "config" : "default";

    private void EditQueue(string slug)
    {
        (_editQueue, _editDepartment, _errors) = (slug, null, []);
        _queueEdit = QueueThresholdsEdit.From(Thresholds.ForQueue(slug));
    }

    private void EditDepartment(string key)
    {
        (_editQueue, _editDepartment, _errors) = (null, key, []);
        _departmentEdit = DepartmentThresholdsEdit.From(Thresholds.ForDepartment(key));
    }

    private void Cancel() => (_editQueue, _editDepartment, _errors) = (null, null, []);

    private Task SaveAsync() => ApplyAsync(reset: false);

    private Task ResetAsync() => ApplyAsync(reset: true);

    private async Task ApplyAsync(bool reset)
    {
        var user = await UserAsync();
        if (!await AllowedAsync(user, OpsPolicies.Director))
        {
            _errors = ["Only the director changes thresholds."];
            return;
        }
        string detail;
        if (_editQueue is { } slug)
        {
            var value = reset ? null : _queueEdit.ToThresholds();
            _errors = await Thresholds.SetQueueAsync(slug, value);
            detail = $"queue {slug}: " + (value is null ? "back to config" : $"service level amber < {Num(value.ServiceLevelAmberPercent)} %, red < {Num(value.ServiceLevelRedPercent)} %; oldest wait amber ≥ {value.OldestWaitAmberSeconds} s, red ≥ {value.OldestWaitRedSeconds} s");
        }
        else if (_editDepartment is { } key)
        {
            var value = reset ? null : _departmentEdit.ToThresholds();
            _errors = await Thresholds.SetDepartmentAsync(key, value);
            detail = $"department {key}: " + (value is null ? "back to config" : $"past due amber ≥ {value.BreachedAmber}, red ≥ {value.BreachedRed}");
        }
        else return;
        if (_errors.Count > 0) return;
        await Audit.RecordAsync(user, "alerts.thresholds", detail);
        (_editQueue, _editDepartment) = (null, null);
    }

    private async Task AcknowledgeAsync(AlertEntry entry)
    {
        var user = await UserAsync();
        if (!await AllowedAsync(user, OpsPolicies.Liaison)) return;
        // Audit first: an acknowledgement nobody can trace must not happen.
        await Audit.RecordAsync(user, "alerts.acknowledge", $"{entry.Id} {entry.Name} {AlertText.Word(entry.Level)}");
        await Log.AcknowledgeAsync(entry.Id, user.Identity?.Name ?? "anonymous", Clock.GetUtcNow());
        await ReloadAsync();
    }

    private async Task<ClaimsPrincipal> UserAsync() => AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, string policy) => (await Authorization.AuthorizeAsync(user, policy)).Succeeded;

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset at) => CityTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_onChanged is not null) await Redis.GetSubscriber().UnsubscribeAsync(AlertLog.Changed, _onChanged);
    }
}
