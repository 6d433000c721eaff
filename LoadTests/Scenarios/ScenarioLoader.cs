using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Injection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>
/// Finds a scenario by name (the shipped <c>Scenarios/*.yaml</c>) or path, reads it (YAML, or JSON — a subset of YAML),
/// validates it and applies --scale to every rate, reader count and bulk size. Unknown keys are refused so a typo
/// can't silently run a different test.
/// </summary>
internal static class ScenarioLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static IEnumerable<string> ShippedNames() =>
        Directory.Exists(ShippedFolder)
            ? Directory.EnumerateFiles(ShippedFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order()
            : [];

    public static Scenario Load(string nameOrPath, double scale)
    {
        var path = Resolve(nameOrPath);
        return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), scale);
    }

    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return nameOrPath;
        foreach (var ext in new[] { ".yaml", ".yml", ".json" })
        {
            var shipped = Path.Combine(ShippedFolder, nameOrPath + ext);
            if (File.Exists(shipped)) return shipped;
        }
        throw new ScenarioException($"No scenario '{nameOrPath}': give a file, or one of {string.Join(", ", ShippedNames())}.");
    }

    public static Scenario Parse(string text, string fallbackName, double scale)
    {
        if (!(scale > 0) || !double.IsFinite(scale)) throw new ScenarioException("--scale must be a positive number.");
        ScenarioFile file;
        try
        {
            file = Yaml.Deserialize<ScenarioFile>(text) ?? throw new ScenarioException("The scenario file is empty.");
        }
        catch (YamlException ex)
        {
            throw new ScenarioException($"Scenario file, line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
        }

        var readers = Readers(file.Readers, ReaderTarget.None, scale);
        var mix = Mix(file.Mix) ?? [(TrafficKind.Request, 1)];
        var steps = file.Steps.Select((s, i) => Step(s, i, mix, readers, scale)).ToList();
        var knee = file.Knee is { } k ? Knee(k, scale) : null;
        if (steps.Count == 0 && knee is null && file.BulkProbe is null) throw new ScenarioException("A scenario needs at least one step, a knee or a bulk_probe.");
        if (file.BulkSize is < 1 or > 100_000) throw new ScenarioException("bulk_size must be 1–100000.");
        if (file.KneeRate is { } kneeRate && !(kneeRate > 0 && double.IsFinite(kneeRate))) throw new ScenarioException("knee_rate must be a positive number of events/s.");

        return new Scenario(
            file.Name ?? fallbackName,
            file.Description?.Trim() ?? "",
            file.Grounding?.Trim() ?? "",
            scale,
            steps,
            file.BulkSize,
            file.Baseline is { } b ? new BaselinePlan(Math.Clamp(b.Copies, 1, 512), DurationText.Parse(b.During ?? "5s", "baseline.during")) : null,
            file.BulkProbe is { } p ? BulkProbe(p, scale) : null,
            knee,
            new OptionalEndpoints(
                file.Endpoints?.Contact ?? OptionalEndpoints.Default.Contact,
                file.Endpoints?.Agent ?? OptionalEndpoints.Default.Agent,
                file.Endpoints?.Faq ?? OptionalEndpoints.Default.Faq),
            ContactSide(ContactCenterOf(file), file.Name ?? fallbackName),
            file.KneeRate);
    }

    /// <summary>
    /// The scenario's own <c>contact_center</c>, or the one of the scenario <c>contact_center_of</c> names (one level: a
    /// reference to a reference is refused, as is naming both or a scenario without a contact side).
    /// </summary>
    private static ContactCenterFile? ContactCenterOf(ScenarioFile file)
    {
        if (file.ContactCenterOf is not { } other) return file.ContactCenter;
        if (file.ContactCenter is not null) throw new ScenarioException("Give contact_center or contact_center_of, not both.");
        if (other.Length is 0 or > 100 || other.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
            throw new ScenarioException("contact_center_of must name a shipped scenario (letters, digits and '-').");
        var path = Path.Combine(ShippedFolder, other + ".yaml");
        if (!File.Exists(path)) throw new ScenarioException($"contact_center_of '{other}': no such shipped scenario; one of {string.Join(", ", ShippedNames())}.");
        ScenarioFile source;
        try
        {
            source = Yaml.Deserialize<ScenarioFile>(File.ReadAllText(path)) ?? new ScenarioFile();
        }
        catch (YamlException ex)
        {
            throw new ScenarioException($"contact_center_of '{other}', line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
        }
        if (source.ContactCenterOf is not null) throw new ScenarioException($"contact_center_of '{other}': that scenario borrows its contact side too; name the one that writes it.");
        return source.ContactCenter ?? throw new ScenarioException($"contact_center_of '{other}': that scenario has no contact_center.");
    }

    private static ContactSurge? ContactSide(ContactCenterFile? file, string name)
    {
        if (file is null) return null;
        try
        {
            return ContactSurge.FromFile(name, file);
        }
        catch (ProfileException ex)
        {
            throw new ScenarioException(ex.Message);
        }
    }

    private static ScenarioStep Step(StepFile s, int index, IReadOnlyList<(TrafficKind, double)> mix, ReaderTarget readers, double scale)
    {
        var name = s.Name ?? $"step {index + 1}";
        var where = $"step '{name}'";
        var shapes = new object?[] { s.Inject, s.RampingInject, s.Spike, s.Pause }.Count(x => x is not null);
        if (shapes != 1) throw new ScenarioException($"{where} needs exactly one of inject, ramping_inject, spike, pause.");

        var (shape, curve) = s switch
        {
            { Inject: { } i } => ($"inject {i.Rate}/s", RateCurve.Constant(Rate(i.Rate, where), DurationText.Parse(i.During, where + " during"))),
            { RampingInject: { } r } => ($"ramping_inject {r.From}→{r.To}/s", RateCurve.Ramp(Rate(r.From, where), Rate(r.To, where), DurationText.Parse(r.During, where + " during"))),
            { Spike: { } p } => ($"spike {p.Rate}/s, {p.Peak}/s at {p.At} for {p.For}", RateCurve.Spike(
                Rate(p.Rate, where), Rate(p.Peak, where), DurationText.Parse(p.At, where + " at"), DurationText.Parse(p.For, where + " for"), DurationText.Parse(p.During, where + " during"))),
            { Pause: { } q } => ("pause", RateCurve.Pause(DurationText.Parse(q.During, where + " during"))),
            _ => throw new ScenarioException(where),
        };
        if (curve.Duration > TimeSpan.FromHours(2)) throw new ScenarioException($"{where} is longer than 2 h: every run must end by itself in reasonable time.");
        return new ScenarioStep(name, shape, curve.Scaled(scale), Mix(s.Mix) ?? mix, Readers(s.Readers, readers, scale));
    }

    private static double Rate(double rate, string where) =>
        rate is >= 0 and <= 1_000_000 ? rate : throw new ScenarioException($"{where}: rate {rate} must be 0–1,000,000 per second.");

    private static IReadOnlyList<(TrafficKind, double)>? Mix(TrafficFile? m) => m is null ? null :
    [
        (TrafficKind.Request, m.Request), (TrafficKind.Update, m.Update), (TrafficKind.Bulk, m.Bulk),
        (TrafficKind.Contact, m.Contact), (TrafficKind.Agent, m.Agent), (TrafficKind.Faq, m.Faq),
    ];

    private static ReaderTarget Readers(ReadersFile? r, ReaderTarget inherited, double scale)
    {
        if (r is null) return inherited;
        var groups = r.Groups is { Count: > 0 } g ? g : inherited.Groups;
        var subscribers = r.Subscribers is { } s ? (int)Math.Round(s * scale) : inherited.Subscribers;
        var wallboards = r.Wallboards is { } w ? (int)Math.Round(w * scale) : inherited.Wallboards;
        if (subscribers + wallboards > 5_000) throw new ScenarioException("More than 5,000 readers: the generator would measure itself.");
        return new ReaderTarget(Math.Max(0, subscribers), Math.Max(0, wallboards), groups);
    }

    private static BulkProbePlan BulkProbe(BulkProbeFile p, double scale)
    {
        var events = (int)Math.Round(p.Events * scale);
        if (events is < 1 or > 10_000_000) throw new ScenarioException("bulk_probe.events must be 1–10,000,000 after scaling.");
        return new BulkProbePlan(events, Math.Clamp(p.Batch, 1, 100_000), Math.Clamp(p.Parallel, 1, 16));
    }

    private static KneePlan Knee(KneeFile k, double scale)
    {
        if (k.Start <= 0 || k.Step <= 0 || k.Max < k.Start) throw new ScenarioException("knee needs start > 0, step > 0 and max ≥ start.");
        return new KneePlan(k.Start * scale, k.Step * scale, k.Max * scale, DurationText.Parse(k.Hold ?? "10s", "knee.hold"),
            (int)Math.Round((k.Subscribers ?? 0) * scale), k.GlassP99Ms, k.IngestP99Ms, k.ErrorRate, k.RunTo * scale);
    }
}
