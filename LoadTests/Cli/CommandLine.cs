using System.Globalization;

namespace Philly311.Ops.LoadTests.Cli;

/// <summary>
/// The arguments of one command: positionals and <c>--name value</c> options. Flags are the options
/// that take no value; anything else must be followed by one, so a typo fails loudly instead of eating the next word.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positionals { get; }

    private CommandLine(List<string> positionals) => Positionals = positionals;

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var positionals = new List<string>();
        var line = new CommandLine(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }
            var name = arg[2..];
            var eq = name.IndexOf('=');
            if (eq > 0)
            {
                line._options[name[..eq]] = name[(eq + 1)..];
            }
            else if (flags.Contains(name))
            {
                line._options[name] = null;
            }
            else
            {
                if (i + 1 >= args.Count) throw new UsageException($"--{name} needs a value.");
                line._options[name] = args[++i];
            }
        }
        return line;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Text(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public double Number(string name, double fallback)
    {
        var text = Text(name);
        if (text is null) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new UsageException($"--{name} '{text}' is not a number.");
        return value;
    }

    public int? Pid(string name)
    {
        var text = Text(name);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0
            ? pid
            : throw new UsageException($"--{name} '{text}' is not a process id.");
    }
}
