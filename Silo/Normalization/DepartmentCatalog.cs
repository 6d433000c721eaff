using Philly311.Ops.Contracts.Naming;

namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// Maps <c>agency_responsible</c> as senders spell it ("Streets Department", "STREETS DEPT", "streets")
/// to one stable code. An agency we have never heard of is not dropped or lumped into "other": it gets
/// its own code derived from its name, so a new department shows up on the board on its first request.
/// </summary>
public static class DepartmentCatalog
{
    public const string UnassignedCode = "unassigned";

    public static Department Unassigned { get; } = new(UnassignedCode, "Unassigned");

    private static readonly (Department Department, string[] Aliases)[] Catalog =
    [
        (new("philly311", "Philly311 Contact Center"), ["philly311", "philly 311", "philly311 contact center", "311", "311 contact center"]),
        (new("streets", "Streets Department"), ["streets", "streets department", "streets dept", "department of streets", "sanitation"]),
        (new("li", "Licenses & Inspections"), ["li", "l and i", "l i", "license and inspections", "licenses and inspections", "department of licenses and inspections"]),
        (new("clip", "Community Life Improvement Program"), ["clip", "community life improvement program"]),
        (new("police", "Police Department"), ["police", "police department", "philadelphia police department", "ppd"]),
        (new("fire", "Fire Department"), ["fire", "fire department", "philadelphia fire department", "pfd"]),
        (new("parks", "Parks & Recreation"), ["parks", "parks and recreation", "philadelphia parks and recreation", "parks and rec", "ppr"]),
        (new("water", "Water Department"), ["water", "water department", "water department pwd", "philadelphia water department", "pwd", "water revenue bureau"]),
        (new("homeless-services", "Office of Homeless Services"), ["homeless services", "office of homeless services", "ohs"]),
        (new("health", "Department of Public Health"), ["health", "health department", "department of public health", "public health"]),
        (new("revenue", "Department of Revenue"), ["revenue", "revenue department", "department of revenue"]),
        (new("records", "Department of Records"), ["records", "department of records"]),
        (new("pgw", "Philadelphia Gas Works"), ["pgw", "philadelphia gas works", "gas works"]),
        (new("septa", "SEPTA"), ["septa", "southeastern pennsylvania transportation authority"]),
    ];

    private static readonly Dictionary<string, Department> ByAlias = Catalog
        .SelectMany(entry => entry.Aliases.Append(entry.Department.Code).Select(alias => (alias, entry.Department)))
        .DistinctBy(pair => pair.alias)
        .ToDictionary(pair => pair.alias, pair => pair.Department, StringComparer.Ordinal);

    /// <summary>Departments the board lists even before their first request.</summary>
    public static IReadOnlyList<Department> Known { get; } = [.. Catalog.Select(entry => entry.Department), Unassigned];

    public static Department Resolve(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency)) return Unassigned;
        var name = agency.Trim();
        // Punctuation alone names nobody; a name in another script does, and keeps its own entry below.
        if (!name.Any(char.IsLetterOrDigit)) return Unassigned;
        var words = KeySlug.Words(name);
        if (words == UnassignedCode) return Unassigned;
        if (ByAlias.TryGetValue(words, out var known)) return known;

        // The board shows the name the first sender used for this code (the commit script keeps it with HSETNX): a later
        // "STREETS OF PHILLY" vs "Streets of Philly" never renames the row. Known and accepted; the catalog fixes names that matter.
        return new Department(KeySlug.From(name, "agency-"), name);
    }
}
