using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>Checked at start: a TV that would show an unknown view or flip every second is a configuration mistake, not a runtime surprise.</summary>
public sealed partial class WallboardOptionsValidator : IValidateOptions<WallboardOptions>
{
    public ValidateOptionsResult Validate(string? name, WallboardOptions options)
    {
        var errors = new List<string>();
        if (!options.Layouts.ContainsKey(WallboardOptions.DefaultLayout))
        {
            errors.Add($"Wallboard:Layouts:{WallboardOptions.DefaultLayout} is missing: /wallboard shows it.");
        }
        foreach (var (layout, settings) in options.Layouts)
        {
            var at = $"Wallboard:Layouts:{layout}";
            if (!LayoutName().IsMatch(layout)) errors.Add($"{at}: a layout name is lowercase letters, digits and dashes (it is part of the URL).");
            if (settings.Views.Count == 0) errors.Add($"{at}:Views is empty: give at least one of {string.Join(", ", WallboardView.All)}.");
            foreach (var view in settings.Views.Where(v => !WallboardView.All.Contains(v)))
            {
                errors.Add($"{at}:Views has '{view}', which is not a view: use {string.Join(", ", WallboardView.All)}.");
            }
            if (settings.SecondsPerView is < WallboardLayoutOptions.MinSeconds or > WallboardLayoutOptions.MaxSeconds)
            {
                errors.Add($"{at}:SecondsPerView is {settings.SecondsPerView}: it must be {WallboardLayoutOptions.MinSeconds}–{WallboardLayoutOptions.MaxSeconds}.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex LayoutName();
}
