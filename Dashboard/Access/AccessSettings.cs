using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// The current <see cref="AccessOptions"/>, re-read on every call so revoking a token or removing a user needs no
/// restart. Each new value is validated here rather than by the options system, whose failure on a reload would throw
/// out of the file watcher: a reload that fails is logged and the last good settings stay, so a typo locks nobody out.
/// </summary>
public sealed partial class AccessSettings(IOptionsMonitor<AccessOptions> monitor, AccessOptionsValidator validator, ILogger<AccessSettings> logger)
{
    private readonly Lock _gate = new();
    private AccessOptions? _seen;
    private AccessOptions? _lastGood;

    public AccessOptions Current
    {
        get
        {
            var current = monitor.CurrentValue;
            lock (_gate)
            {
                if (ReferenceEquals(current, _seen)) return _lastGood ?? throw Invalid(current);
                _seen = current;
                var result = validator.Validate(null, current);
                if (result.Succeeded) return _lastGood = current;
                if (_lastGood is null) throw Invalid(current);
                LogBadReload(result.FailureMessage ?? "");
                return _lastGood;
            }
        }
    }

    /// <summary>Called after each reload; answers the registration to dispose.</summary>
    public IDisposable? OnChange(Action listener) => monitor.OnChange((_, _) => listener());

    private OptionsValidationException Invalid(AccessOptions options) =>
        new(AccessOptions.Section, typeof(AccessOptions), validator.Validate(null, options).Failures ?? []);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reloaded Access settings are invalid and were not applied: {Reason}")]
    private partial void LogBadReload(string reason);
}
