using System.Text.RegularExpressions;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>Names of the hub groups; the hub refuses any other name.</summary>
public static partial class OpsGroups
{
    public const string HubPath = "/hubs/ops";
    public const string City = "city";

    public static string Department(string code) => $"dept:{code}";
    public static string Neighborhood(string id) => $"hood:{id}";
    public static string Zip(string zip) => $"zip:{zip}";
    public static string Channel(string channel) => $"channel:{channel}";
    public static string Service(string code) => $"service:{code}";

    public static bool IsValid(string? group) => group is not null && GroupPattern().IsMatch(group);

    [GeneratedRegex("^(city|(dept|hood|zip|channel|service):[a-z0-9][a-z0-9-]{0,63})$")]
    private static partial Regex GroupPattern();
}
