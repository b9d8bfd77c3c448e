using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Sops;

namespace Portal.Offices;

/// <summary>The stored form of an office's own pelaksana and pihak_luar names (<see cref="Office.KosakataJson"/>).</summary>
public static class OfficeVocabularyJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string? Write(OfficeVocabulary vocabulary) =>
        vocabulary.Pelaksana.Count == 0 && vocabulary.PihakLuar.Count == 0 ? null : JsonSerializer.Serialize(vocabulary, Options);

    public static OfficeVocabulary Read(string? json) =>
        json is null ? OfficeVocabulary.Empty : JsonSerializer.Deserialize<OfficeVocabulary>(json, Options) ?? OfficeVocabulary.Empty;
}
