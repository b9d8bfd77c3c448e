using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Domain.Complaints;

/// <summary>How a complaint reached the office: the channels a Standar Pelayanan promises.</summary>
public enum SaluranPengaduan { Langsung, Telepon, WhatsApp, Email, KotakSaran }

public enum StatusPengaduan { Diterima, Ditindaklanjuti, Selesai }

public static class PengaduanLabels
{
    public static string Label(this SaluranPengaduan s) => s switch
    {
        SaluranPengaduan.Langsung => "Datang langsung",
        SaluranPengaduan.Telepon => "Telepon",
        SaluranPengaduan.WhatsApp => "WhatsApp",
        SaluranPengaduan.Email => "Email",
        _ => "Kotak saran",
    };

    public static string Label(this StatusPengaduan s) => s switch
    {
        StatusPengaduan.Diterima => "Diterima",
        StatusPengaduan.Ditindaklanjuti => "Ditindaklanjuti",
        _ => "Selesai",
    };
}

/// <summary>What staff write when a complaint comes in. No name means anonymous; contact is optional.</summary>
public sealed record PengaduanBaru(
    SaluranPengaduan Saluran, DateTimeOffset DiterimaPada, string? Pelapor, string? Kontak, string SpKode, Guid? CaseId, string Isi);

/// <summary>One entry of a complaint's history: who did what, when. Never changed or removed.</summary>
public sealed record PengaduanEvent(DateTimeOffset At, string UserId, string Name, string What, string? Note);

/// <summary>
/// A complaint about a service (penanganan pengaduan of the Standar Pelayanan): registered with a number, followed
/// up within a deadline in working time, closed with the answer given. State changes only through the methods here.
/// </summary>
public sealed class Pengaduan
{
    public const int MaxIsi = 4000, MaxShort = 200;

    private readonly List<PengaduanEvent> _history = [];

    public Guid Id { get; private set; }
    public int OfficeId { get; private set; }
    public string Nomor { get; private set; } = "";
    public SaluranPengaduan Saluran { get; private set; }
    public DateTimeOffset DiterimaPada { get; private set; }
    public string? Pelapor { get; private set; }
    public string? Kontak { get; private set; }
    public string SpKode { get; private set; } = "";
    public Guid? CaseId { get; private set; }
    public string Isi { get; private set; } = "";
    public StatusPengaduan Status { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset WarnAt { get; private set; }
    public DateTimeOffset? WarnedAt { get; private set; }
    public DateTimeOffset? LateFlaggedAt { get; private set; }
    public string? Jawaban { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<PengaduanEvent> History => _history;

    public bool IsLate(DateTimeOffset now) => Status != StatusPengaduan.Selesai && DueAt < now;

    private Pengaduan() { }

    /// <summary>Who may register and follow up complaints: front office and up, not the shelter or LK3 counsellors.</summary>
    public static bool MayHandle(StaffRole role) => role is StaffRole.Pengadministrasi or StaffRole.Peksos or StaffRole.Koordinator or StaffRole.Kabid or StaffRole.Kadis;

    public static IReadOnlyList<string> Check(PengaduanBaru d, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Isi)) problems.Add("Isi pengaduan wajib diisi.");
        if (d.Isi?.Length > MaxIsi) problems.Add($"Isi pengaduan paling banyak {MaxIsi} karakter; teks Anda belum disimpan, persingkat lalu simpan lagi.");
        if (d.Pelapor?.Length > MaxShort || d.Kontak?.Length > MaxShort) problems.Add($"Nama dan kontak pelapor paling banyak {MaxShort} karakter.");
        if (string.IsNullOrWhiteSpace(d.SpKode)) problems.Add("Pilih layanan (Standar Pelayanan) yang diadukan.");
        if (d.DiterimaPada > now.AddMinutes(5)) problems.Add("Waktu diterima tidak boleh di masa depan.");
        return problems;
    }

    public static Pengaduan Register(PengaduanBaru d, string nomor, Waktu tindakLanjut, Actor by, WorkingCalendar calendar, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (!MayHandle(by.Role)) throw new DomainRuleException($"Peran {by.Role.Label()} tidak mencatat pengaduan.");
        if (Check(d, now) is [var first, ..]) throw new DomainRuleException(first);
        var due = calendar.DueAt(d.DiterimaPada, tindakLanjut).DueAt;
        var p = new Pengaduan
        {
            Id = Guid.CreateVersion7(), OfficeId = by.OfficeId, Nomor = nomor, Saluran = d.Saluran, DiterimaPada = d.DiterimaPada,
            Pelapor = Blank(d.Pelapor), Kontak = Blank(d.Kontak), SpKode = d.SpKode, CaseId = d.CaseId, Isi = d.Isi.Trim(),
            Status = StatusPengaduan.Diterima, DueAt = due, WarnAt = calendar.WarningAt(d.DiterimaPada, due),
        };
        p.Record(by, now, $"Mencatat pengaduan lewat {d.Saluran.Label()}; batas tindak lanjut {tindakLanjut}", null);
        return p;
    }

    /// <summary>Diterima → ditindaklanjuti, with what was done.</summary>
    public void FollowUp(string tindakan, Actor by, TimeProvider clock)
    {
        EnsureHandler(by);
        if (Status != StatusPengaduan.Diterima) throw new DomainRuleException($"Pengaduan {Nomor} sudah {Status.Label().ToLowerInvariant()}; tidak dapat ditindaklanjuti lagi.");
        Require(tindakan, "Tuliskan tindak lanjut yang dilakukan.");
        Status = StatusPengaduan.Ditindaklanjuti;
        Record(by, clock.GetUtcNow(), "Menindaklanjuti", tindakan.Trim());
    }

    /// <summary>To selesai, with the answer given to the complainant.</summary>
    public void Close(string jawaban, Actor by, TimeProvider clock)
    {
        EnsureHandler(by);
        if (Status == StatusPengaduan.Selesai) throw new DomainRuleException($"Pengaduan {Nomor} sudah selesai oleh {_history[^1].Name}.");
        Require(jawaban, "Tuliskan jawaban yang diberikan kepada pelapor.");
        var now = clock.GetUtcNow();
        (Status, Jawaban, ClosedAt) = (StatusPengaduan.Selesai, jawaban.Trim(), now);
        Record(by, now, "Menyelesaikan dengan jawaban", Jawaban);
    }

    /// <summary>Timed work: the warning and the late flag, once each, at their instants; what happened is returned.</summary>
    public IReadOnlyList<string> ApplyDeadlines(DateTimeOffset now)
    {
        if (Status == StatusPengaduan.Selesai) return [];
        var happened = new List<string>();
        if (LateFlaggedAt is null && DueAt <= now)
        {
            LateFlaggedAt = now;
            WarnedAt ??= now;
            happened.Add("Terlambat");
        }
        else if (WarnedAt is null && WarnAt <= now)
        {
            WarnedAt = now;
            happened.Add("MendekatiBatas");
        }
        if (happened.Count > 0) Record(Actor.System(OfficeId), now, happened[0] == "Terlambat" ? "Melewati batas tindak lanjut" : "Mendekati batas tindak lanjut", null);
        return happened;
    }

    private void EnsureHandler(Actor by)
    {
        if (by.OfficeId != OfficeId) throw new DomainRuleException("Pengaduan tidak ditemukan.");
        if (!MayHandle(by.Role)) throw new DomainRuleException($"Peran {by.Role.Label()} tidak menangani pengaduan.");
    }

    private static void Require(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(message);
        if (text.Length > MaxIsi) throw new DomainRuleException($"Teks paling banyak {MaxIsi} karakter; teks Anda belum disimpan, persingkat lalu simpan lagi.");
    }

    private void Record(Actor by, DateTimeOffset at, string what, string? note)
    {
        _history.Add(new PengaduanEvent(at, by.UserId, by.Name, what, note));
        Version++;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
