namespace Philly311.Ops.Contracts.Faq;

/// <summary>The 11 languages of the city's emergency information, in the order screens show them (docs/LANGUAGES.md says why these).</summary>
public static class FaqLanguages
{
    public static IReadOnlyList<FaqLanguage> All { get; } =
    [
        new("en", "English", "English", false),
        new("es", "Spanish", "Español", false),
        new("zh", "Chinese", "中文", false),
        new("vi", "Vietnamese", "Tiếng Việt", false),
        new("ru", "Russian", "Русский", false),
        new("ar", "Arabic", "العربية", true),
        new("fr", "French", "Français", false),
        new("ht", "Haitian Creole", "Kreyòl ayisyen", false),
        new("pt", "Portuguese", "Português", false),
        new("ko", "Korean", "한국어", false),
        new("bn", "Bengali", "বাংলা", false),
    ];

    public static FaqLanguage? Find(string code) => All.FirstOrDefault(l => l.Code == code);

    public static bool IsRightToLeft(string code) => Find(code)?.RightToLeft ?? false;
}
