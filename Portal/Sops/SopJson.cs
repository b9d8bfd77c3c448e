using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Sops;

namespace Portal.Sops;

/// <summary>The canonical stored form of an SOP document, and its content hash.</summary>
public static class SopJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(SopDefinition sop) => JsonSerializer.Serialize(sop, Options);

    public static SopDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<SopDefinition>(json, Options) ?? throw new InvalidDataException("SOP tersimpan kosong.");

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
