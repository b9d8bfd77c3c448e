namespace Portal.Domain.Cases;

/// <summary>
/// A case's register number: the office's register code, the year the case opened (office time) and a running
/// number within that office and year, e.g. <c>TRK-2026-00042</c>.
/// </summary>
public sealed record CaseNumber(string KodeRegister, int Tahun, int Urut)
{
    /// <summary>The running-number series cases draw from (other series, e.g. letters, have their own).</summary>
    public const string Series = "kasus";

    public override string ToString() => $"{KodeRegister}-{Tahun}-{Urut:00000}";
}
