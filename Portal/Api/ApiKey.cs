using System.Security.Cryptography;
using System.Text;

namespace Portal.Api;

/// <summary>
/// A read-only key another system (SIKS-NG entry, a wall display, the province's dashboard) uses for one office.
/// Only its hash is kept: the key itself is shown once, when an admin creates it.
/// </summary>
public sealed class ApiKey
{
    public const string Prefix = "dpk_";

    private ApiKey() { }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The first characters of the key, so staff can tell keys apart without the secret.</summary>
    public string Hint { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool Active => RevokedAt is null;

    public static (ApiKey Key, string Secret) Create(int officeId, string name, string createdBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new Domain.DomainRuleException("Beri nama kunci API, mis. \"Layar dinding ruang seksi\".");
        if (name.Length > 100) throw new Domain.DomainRuleException("Nama kunci API paling panjang 100 karakter.");
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        return (new ApiKey { OfficeId = officeId, Name = name.Trim(), Hint = secret[..10], Hash = HashOf(secret), CreatedBy = createdBy, CreatedAt = at }, secret);
    }

    public void Revoke(string by, DateTimeOffset at)
    {
        if (!Active) throw new Domain.DomainRuleException($"Kunci '{Name}' sudah dicabut oleh {RevokedBy}.");
        RevokedBy = by;
        RevokedAt = at;
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>One call made with an API key: which key, what it asked, what it was answered.</summary>
public sealed class ApiCall
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public int ApiKeyId { get; set; }
    public required string Path { get; set; }
    public int Status { get; set; }
    public DateTimeOffset At { get; set; }
}
