namespace Philly311.Ops.Contracts.Faq;

/// <summary>
/// The 11 languages of ReadyPhiladelphia's emergency alerts (the City's own list: docs/LANGUAGES.md), in the order screens
/// show them. American Sign Language has no written text: its "text" is the caption and link of a recorded video.
/// </summary>
public static class FaqLanguages
{
    public static IReadOnlyList<FaqLanguage> All { get; } =
    [
        new("en", "English", "English", false),
        new("es", "Spanish", "Español", false),
        new("zh", "Chinese (Simplified)", "简体中文", false),
        new("vi", "Vietnamese", "Tiếng Việt", false),
        new("ru", "Russian", "Русский", false),
        new("ar", "Arabic", "العربية", true),
        new("fr", "French", "Français", false),
        new("ht", "Haitian Creole", "Kreyòl ayisyen", false),
        new("pt", "Portuguese", "Português", false),
        new("sw", "Swahili", "Kiswahili", false),
        new("ase", "American Sign Language", "ASL (video)", false),
    ];

    public static FaqLanguage? Find(string code) => All.FirstOrDefault(l => l.Code == code);

    public static bool IsRightToLeft(string code) => Find(code)?.RightToLeft ?? false;
}
