using Portal.Domain;
using Portal.Domain.Skm;

namespace Portal.Skm;

/// <summary>One anonymous SKM questionnaire for a Standar Pelayanan of an office. Written once, never changed.</summary>
public sealed class SkmResponse
{
    public Guid Id { get; private set; }
    public int OfficeId { get; private set; }
    public string SpKode { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public int U1 { get; private set; }
    public int U2 { get; private set; }
    public int U3 { get; private set; }
    public int U4 { get; private set; }
    public int U5 { get; private set; }
    public int U6 { get; private set; }
    public int U7 { get; private set; }
    public int U8 { get; private set; }
    public int U9 { get; private set; }
    public string? JenisKelamin { get; private set; }
    public string? Pendidikan { get; private set; }
    public string? Pekerjaan { get; private set; }
    public int? Usia { get; private set; }
    public string? Saran { get; private set; }

    private SkmResponse() { }

    public static SkmResponse Record(int officeId, string spKode, SkmJawaban jawaban, DateTimeOffset at)
    {
        if (jawaban.Masalah() is [var first, ..]) throw new DomainRuleException(first);
        int N(SkmUnsur u) => jawaban.Nilai[u];
        return new SkmResponse
        {
            Id = Guid.CreateVersion7(), OfficeId = officeId, SpKode = spKode, SubmittedAt = at,
            U1 = N(SkmUnsur.Persyaratan), U2 = N(SkmUnsur.SistemMekanismeProsedur), U3 = N(SkmUnsur.WaktuPenyelesaian),
            U4 = N(SkmUnsur.BiayaTarif), U5 = N(SkmUnsur.ProdukSpesifikasiJenisPelayanan), U6 = N(SkmUnsur.KompetensiPelaksana),
            U7 = N(SkmUnsur.PerilakuPelaksana), U8 = N(SkmUnsur.PenangananPengaduan), U9 = N(SkmUnsur.SaranaPrasarana),
            JenisKelamin = jawaban.JenisKelamin, Pendidikan = jawaban.Pendidikan, Pekerjaan = jawaban.Pekerjaan, Usia = jawaban.Usia,
            Saran = string.IsNullOrWhiteSpace(jawaban.Saran) ? null : jawaban.Saran.Trim(),
        };
    }

    public IReadOnlyDictionary<SkmUnsur, int> Nilai() => new Dictionary<SkmUnsur, int>
    {
        [SkmUnsur.Persyaratan] = U1, [SkmUnsur.SistemMekanismeProsedur] = U2, [SkmUnsur.WaktuPenyelesaian] = U3,
        [SkmUnsur.BiayaTarif] = U4, [SkmUnsur.ProdukSpesifikasiJenisPelayanan] = U5, [SkmUnsur.KompetensiPelaksana] = U6,
        [SkmUnsur.PerilakuPelaksana] = U7, [SkmUnsur.PenangananPengaduan] = U8, [SkmUnsur.SaranaPrasarana] = U9,
    };
}
