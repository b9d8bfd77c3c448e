namespace Portal.Documents;

public static class DocumentsExtensions
{
    /// <summary>Letter templates per office, the letters issued from them, and their register.</summary>
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DocumentOptions>().Bind(builder.Configuration.GetSection(DocumentOptions.Section));
        builder.Services.AddSingleton<LetterTemplates>();
        builder.Services.AddSingleton<Letters>();
        builder.Services.AddSingleton<LetterQueries>();
        return builder;
    }
}

public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>A commercial PDFsharp license key; without one the AGPL license is used.</summary>
    public string? PdfSharpLicense { get; set; }
}
