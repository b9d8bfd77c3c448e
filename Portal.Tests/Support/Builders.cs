using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Tests.Support;

/// <summary>Builds SOP definitions for domain tests: a step at a time, sensible defaults for the rest.</summary>
public sealed class SopBuilder(string kode = "uji", string kantor = "tarakan")
{
    private readonly List<SopStep> _steps = [];

    public SopBuilder Step(
        StaffRole role, string? waktu = "30 menit", string[]? kelengkapan = null, SopDecision? keputusan = null,
        SopBranch[]? cabang = null, string[]? optional = null)
    {
        var items = (kelengkapan ?? []).Select(k => new Kelengkapan(k))
            .Concat((optional ?? []).Select(k => new Kelengkapan(k, Wajib: false))).ToList();
        _steps.Add(new SopStep(_steps.Count + 1, $"Langkah {_steps.Count + 1}", [role], items,
            waktu is null ? null : Waktu.TryParse(waktu, out _), $"Output {_steps.Count + 1}", null, keputusan, cabang ?? [], []));
        return this;
    }

    public SopDefinition Build() => new() { Kode = kode, Kantor = kantor, Nama = $"SOP {kode}", Langkah = _steps };

    public SopRevisionRef Revision(int id = 1) => new(id, Build());
}

/// <summary>The offices' calendars as the seeds define them: default hours and the 2025–2026 holidays.</summary>
public static class Calendars
{
    private static readonly IReadOnlyList<Holiday> Holidays = HolidayCsvReader.Read(
        "libur-nasional-2025-2026.csv", File.ReadAllText(Path.Combine(Repo.Seeds, "libur-nasional-2025-2026.csv"))).Holidays;

    public static WorkingCalendar Tarakan { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar"), OfficeHours.Default, Holidays);
    public static WorkingCalendar Lamandau { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Pontianak"), OfficeHours.Default, Holidays);

    /// <summary>An instant given as office wall-clock time in WITA (UTC+8).</summary>
    public static DateTimeOffset Wita(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    /// <summary>An instant given as office wall-clock time in WIB (UTC+7).</summary>
    public static DateTimeOffset Wib(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));
}

/// <summary>Reads a seed SOP file from the repository.</summary>
public static class SeedSops
{
    public static SopDefinition Read(string office, string file)
    {
        var (kantor, _) = OfficeFileReader.Read("kantor.yaml", File.ReadAllText(Path.Combine(Repo.Seeds, office, "kantor.yaml")));
        var result = SopFileReader.Read(file, File.ReadAllText(Path.Combine(Repo.Seeds, office, file)), kantor?.Kosakata);
        return result.Definition ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
