using Portal.Domain.Cases;

namespace Portal.Domain.Sops;

public enum SopDocumentKind { Sop, StandarPelayanan }

/// <summary>Who signed the document into force.</summary>
public sealed record Pengesah(string Nama, string Jabatan, string? Pangkat, string? Nip);

/// <summary>An obstacle the SOP foresees and its remedy (Tarakan's hambatan / cara mengatasi).</summary>
public sealed record Hambatan(string Uraian, string? CaraMengatasi);

/// <summary>A related SOP as printed; <see cref="SopKode"/> is set when the portal holds that SOP.</summary>
public sealed record Keterkaitan(string Nama, string? SopKode);

/// <summary>A required input of a step; optional items are those printed "(bila ada)".</summary>
public sealed record Kelengkapan(string Nama, bool Wajib = true);

/// <summary>Where a decision leads: another step, or the end of the case.</summary>
public sealed record StepTarget(int? StepNo)
{
    public static StepTarget Selesai { get; } = new((int?)null);
    public bool ClosesCase => StepNo is null;
    public override string ToString() => StepNo is { } n ? $"langkah {n}" : "selesai";
}

/// <summary>A Ya/Tidak diamond of the flowchart.</summary>
public sealed record SopDecision(string Pertanyaan, StepTarget Ya, StepTarget Tidak);

/// <summary>
/// A programme run for an intake round (angkatan): the steps up to <see cref="LangkahSeleksi"/> are done once for all
/// applicants on the round's case; completing that step selects the beneficiaries, each of whom goes on in a case of
/// their own from the next step, while the others close with a reason.
/// </summary>
public sealed record AngkatanRule(int LangkahSeleksi);

/// <summary>A condition under which the case opens a linked case under another SOP ("klien sakit → rujuk ke Puskesmas").</summary>
public sealed record SopBranch(string Kondisi, string SopKode);

/// <summary>One row of the step table with its mutu baku.</summary>
public sealed record SopStep(
    int No,
    string Uraian,
    IReadOnlyList<StaffRole> Pelaksana,
    IReadOnlyList<Kelengkapan> Kelengkapan,
    Waktu? Waktu,
    string? Output,
    string? Keterangan,
    SopDecision? Keputusan,
    IReadOnlyList<SopBranch> Cabang,
    IReadOnlyList<PihakLuar> PihakLuar,
    bool Asesmen = false,
    bool Monev = false,
    bool JedaSaatMenunggu = false,
    string? CatatanPembacaan = null,
    IReadOnlyList<StaffRole>? Ingatkan = null)
{
    /// <summary>Codes of the office's letter templates this step produces (surat keterangan, kontrak pelayanan…).</summary>
    public IReadOnlyList<string> Dokumen { get; init; } = [];

    /// <summary>The tools of the printed ALAT column (ATK, kendaraan): shown with the step, never ticked like kelengkapan.</summary>
    public IReadOnlyList<string> Alat { get; init; } = [];

    /// <summary>Roles reminded, besides the pelaksana, when the step nears or passes its time (e.g. the peksos for the 14-day meal limit).</summary>
    public IReadOnlyList<StaffRole> Ingatkan { get; init; } = Ingatkan ?? [];

    /// <summary>The number as the table prints it, where it is not the step's internal order (a repeated or lettered number).</summary>
    public string? NomorTercetak { get; init; }

    /// <summary>The office's own names for the pelaksana as the table prints them (TKSK, "Bag. Penyantunan"), for display.</summary>
    public IReadOnlyList<string> PelaksanaTercetak { get; init; } = [];

    /// <summary>
    /// A hand-off inside the step ("Staf → Kadis"): the roles that hold the step, in turn, before <see cref="Pelaksana"/>,
    /// who complete it. Empty for a step one role does.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<StaffRole>> SerahTerima { get; init; } = [];

    /// <summary>
    /// An outside party who does the step (the applicant, the Kelurahan, the panti); <see cref="Pelaksana"/> then
    /// records it on their behalf, and boards show the step as waiting on them.
    /// </summary>
    public PihakRef? Pelaku { get; init; }

    /// <summary>Outside parties the office declares in kantor.yaml that the step involves, besides the portal's kinds in <see cref="PihakLuar"/>.</summary>
    public IReadOnlyList<PihakRef> PihakKantor { get; init; } = [];

    /// <summary>The step's number for people: as printed.</summary>
    public string Label => NomorTercetak ?? No.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many holders the step passes through: 1, or more with a hand-off.</summary>
    public int StageCount => SerahTerima.Count + 1;

    /// <summary>Who holds the step at <paramref name="tahap"/> (0 = first); the last stage is <see cref="Pelaksana"/>.</summary>
    public IReadOnlyList<StaffRole> StageRoles(int tahap) => tahap < SerahTerima.Count ? SerahTerima[tahap] : Pelaksana;

    /// <summary>Every party the step involves, the portal's kinds and the office's own, for choosing whom it waits on.</summary>
    public IReadOnlyList<PihakRef> Parties()
    {
        var all = PihakLuar.Select(PihakRef.Of).Concat(PihakKantor).ToList();
        if (Pelaku is { } doer && !all.Contains(doer)) all.Insert(0, doer);
        return all;
    }

    /// <summary>An assessment of 3 days or more: running late alerts the koordinator and kabid, then the kadis.</summary>
    public bool IsLongAssessment => Asesmen && Waktu is { } w && w.IsAtLeastDays(3);

    public bool IsSignOff => Pelaksana.Count > 0 && Pelaksana.All(r => r.SignsOff());
}

/// <summary>The components of a Standar Pelayanan (public service standard).</summary>
public sealed record StandarPelayananContent(
    string SopKode,
    IReadOnlyList<string> Persyaratan,
    IReadOnlyList<string> Prosedur,
    Waktu JangkaWaktu,
    string Biaya,
    IReadOnlyList<string> Produk,
    IReadOnlyList<string> Pengaduan,
    IReadOnlyList<string> SaranaPrasarana,
    IReadOnlyList<string> KompetensiPelaksana,
    IReadOnlyList<string> PengawasanInternal,
    IReadOnlyList<string> JumlahPelaksana,
    string JaminanPelayanan,
    IReadOnlyList<string> JaminanKeamanan,
    IReadOnlyList<string> EvaluasiKinerja)
{
    /// <summary>Used where a Standar Pelayanan states no follow-up time for complaints (docs/decisions/0012).</summary>
    public static Waktu DefaultTindakLanjutPengaduan { get; } = new(5, WaktuUnit.Hari);

    /// <summary>How long the office has to follow up a complaint about this service (<c>tindak_lanjut_pengaduan</c>).</summary>
    public Waktu? TindakLanjutPengaduan { get; init; }
}

/// <summary>
/// A whole printed SOP (or Standar Pelayanan) document as data. Immutable: a changed document is a new revision.
/// </summary>
public sealed record SopDefinition
{
    public required string Kode { get; init; }
    public required string Kantor { get; init; }
    public SopDocumentKind Jenis { get; init; } = SopDocumentKind.Sop;
    public required string Nama { get; init; }
    public string? Nomor { get; init; }
    public string? Bidang { get; init; }
    public string? Seksi { get; init; }
    public DateOnly? TanggalPembuatan { get; init; }
    public DateOnly? TanggalRevisi { get; init; }
    public DateOnly? TanggalPengesahan { get; init; }
    /// <summary>The date the SOP takes effect, when printed apart from its approval.</summary>
    public DateOnly? TanggalEfektif { get; init; }
    public string? Revisi { get; init; }
    public Pengesah? DisahkanOleh { get; init; }
    /// <summary>Set when the SOP is drafted from the seeds' references, not from an approved document.</summary>
    public string? Draf { get; init; }
    public IReadOnlyList<string> DasarHukum { get; init; } = [];
    public IReadOnlyList<string> KualifikasiPelaksana { get; init; } = [];
    public IReadOnlyList<Keterkaitan> Keterkaitan { get; init; } = [];
    public IReadOnlyList<string> Peralatan { get; init; } = [];
    public IReadOnlyList<string> Peringatan { get; init; } = [];
    public IReadOnlyList<Hambatan> Hambatan { get; init; } = [];
    public string? Pencatatan { get; init; }
    public IReadOnlyList<SopStep> Langkah { get; init; } = [];
    /// <summary>Follow-up monev visit after a case under this SOP closes; null when none is prescribed.</summary>
    public Waktu? MonevSetelahSelesai { get; init; }
    /// <summary>The kind of PPKS this SOP serves (e.g. "Anak terlantar"), for the monthly count of clients; null when the SOP implies none.</summary>
    public string? Ppks { get; init; }
    /// <summary>The SPM service (a <see cref="Reports.SpmCatalog"/> kode) this SOP delivers; null when none.</summary>
    public string? Spm { get; init; }
    /// <summary>Only for <see cref="SopDocumentKind.StandarPelayanan"/>.</summary>
    public StandarPelayananContent? StandarPelayanan { get; init; }
    public IReadOnlyList<string> CatatanPembacaan { get; init; } = [];
    /// <summary>What the transcriber assumed where the document is silent or unreadable: shown with the SOP, so nothing invented is unlabelled.</summary>
    public IReadOnlyList<string> Asumsi { get; init; } = [];
    /// <summary>Set for a programme run per intake round (Lamandau's anak terlantar training); null for a case per client.</summary>
    public AngkatanRule? Angkatan { get; init; }

    /// <summary>Whether <paramref name="step"/> is the round's selection of beneficiaries.</summary>
    public bool SelectsBeneficiaries(SopStep step) => Angkatan?.LangkahSeleksi == step.No;

    public SopStep Step(int no) => Langkah.FirstOrDefault(s => s.No == no)
        ?? throw new DomainRuleException($"SOP {Nama} tidak memiliki langkah {no}.");

    /// <summary>The printed label of step <paramref name="no"/>, or the number itself when the SOP has no such step.</summary>
    public string LabelOf(int no) => Langkah.FirstOrDefault(s => s.No == no)?.Label ?? no.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The roles that work a case under this SOP: the pelaksana of any of its steps.</summary>
    public IReadOnlySet<StaffRole> WorkingRoles => Langkah.SelectMany(s => s.SerahTerima.SelectMany(r => r).Concat(s.Pelaksana)).ToHashSet();

    /// <summary>
    /// Where a case goes after step <paramref name="def"/> with the given answer: the decision's target for a Ya/Tidak
    /// step, otherwise the next row of the table; <see cref="StepTarget.Selesai"/> after the last.
    /// </summary>
    public StepTarget NextAfter(SopStep def, Jawaban? keputusan) => def.Keputusan switch
    {
        { } d => keputusan switch
        {
            Jawaban.Ya => d.Ya,
            Jawaban.Tidak => d.Tidak,
            _ => throw new DomainRuleException($"Langkah ini memerlukan keputusan: {d.Pertanyaan} Pilih Ya atau Tidak."),
        },
        null => StepAfter(def.No) is { } next ? new StepTarget(next.No) : StepTarget.Selesai,
    };

    /// <summary>The step after <paramref name="no"/> in table order, or null at the end.</summary>
    public SopStep? StepAfter(int no)
    {
        var index = Langkah.ToList().FindIndex(s => s.No == no);
        return index >= 0 && index + 1 < Langkah.Count ? Langkah[index + 1] : null;
    }
}
