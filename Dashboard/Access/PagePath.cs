namespace Philly311.Ops.Dashboard.Access;

/// <summary>The resource <c>Routes.razor</c> hands a page's policy inside a circuit: the path being shown, query left out.</summary>
public sealed record PagePath(string Value)
{
    public static PagePath Of(Microsoft.AspNetCore.Components.NavigationManager navigation) =>
        new("/" + navigation.ToBaseRelativePath(navigation.Uri).Split('?', '#')[0]);
}
