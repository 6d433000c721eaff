using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// The thresholds in force: a director's override (Redis hash <see cref="OverridesKey"/>, shared by every dashboard),
/// else the subject's config, else the config default. Overrides are read at start and again whenever a dashboard
/// announces a change on <see cref="AlertLog.Changed"/>, so nothing polls.
/// </summary>
public sealed class AlertThresholds(IConnectionMultiplexer redis, IOptions<AlertOptions> options)
{
    public const string OverridesKey = "{ops}:alerts:thresholds";

    private ImmutableDictionary<string, QueueThresholds> _queues = ImmutableDictionary<string, QueueThresholds>.Empty;
    private ImmutableDictionary<string, DepartmentThresholds> _departments = ImmutableDictionary<string, DepartmentThresholds>.Empty;

    public event Action? Changed;

    public AlertOptions Configured => options.Value;

    public IReadOnlyDictionary<string, QueueThresholds> QueueOverrides => _queues;

    public IReadOnlyDictionary<string, DepartmentThresholds> DepartmentOverrides => _departments;

    public QueueThresholds ForQueue(string slug) =>
        _queues.TryGetValue(slug, out var o) ? o : Configured.Queues.TryGetValue(slug, out var c) ? c : Configured.Default;

    public DepartmentThresholds ForDepartment(string key) =>
        _departments.TryGetValue(key, out var o) ? o : Configured.Departments.TryGetValue(key, out var c) ? c : Configured.DepartmentDefault;

    public async Task LoadAsync()
    {
        var fields = await redis.GetDatabase().HashGetAllAsync(OverridesKey);
        var queues = ImmutableDictionary.CreateBuilder<string, QueueThresholds>(StringComparer.Ordinal);
        var departments = ImmutableDictionary.CreateBuilder<string, DepartmentThresholds>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = field.Name.ToString();
            // A value that no longer passes the rules (edited by hand in Redis) is ignored rather than alerting on nonsense.
            if (name.StartsWith(AlertReading.QueuePrefix, StringComparison.Ordinal)
                && JsonSerializer.Deserialize<QueueThresholds>(field.Value.ToString(), AlertLog.Json) is { } q && ThresholdRules.Check(q, name).Count == 0)
                queues[name[AlertReading.QueuePrefix.Length..]] = q;
            else if (name.StartsWith(AlertReading.DepartmentPrefix, StringComparison.Ordinal)
                && JsonSerializer.Deserialize<DepartmentThresholds>(field.Value.ToString(), AlertLog.Json) is { } d && ThresholdRules.Check(d, name).Count == 0)
                departments[name[AlertReading.DepartmentPrefix.Length..]] = d;
        }
        _queues = queues.ToImmutable();
        _departments = departments.ToImmutable();
        Changed?.Invoke();
    }

    /// <summary>Stores a checked override (or removes it with null) and tells every dashboard; answers the problems, if any.</summary>
    public Task<IReadOnlyList<string>> SetQueueAsync(string slug, QueueThresholds? value) =>
        SetAsync(AlertReading.QueuePrefix + slug, ThresholdRules.QueueSlugOk(slug) ? [] : ["queue: not a queue slug."],
            value is null ? [] : ThresholdRules.Check(value, "queue"), value);

    public Task<IReadOnlyList<string>> SetDepartmentAsync(string key, DepartmentThresholds? value) =>
        SetAsync(AlertReading.DepartmentPrefix + key, ThresholdRules.DepartmentKeyOk(key) ? [] : ["department: not a department key."],
            value is null ? [] : ThresholdRules.Check(value, "department"), value);

    private async Task<IReadOnlyList<string>> SetAsync(string field, IReadOnlyList<string> keyErrors, IReadOnlyList<string> errors, object? value)
    {
        if (keyErrors.Count + errors.Count > 0) return [.. keyErrors, .. errors];
        var db = redis.GetDatabase();
        if (value is null) await db.HashDeleteAsync(OverridesKey, field);
        else await db.HashSetAsync(OverridesKey, field, JsonSerializer.Serialize(value, value.GetType(), AlertLog.Json));
        await redis.GetSubscriber().PublishAsync(AlertLog.Changed, "thresholds");
        await LoadAsync();
        return [];
    }
}
