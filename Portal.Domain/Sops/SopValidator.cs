namespace Portal.Domain.Sops;

/// <summary>Rules every SOP document must meet before the portal runs cases on it.</summary>
public static class SopValidator
{
    public const int MaxTextLength = 4000;

    /// <param name="knownSopCodes">Codes of the SOPs the office holds (or that load alongside this one).</param>
    public static IReadOnlyList<SopProblem> Validate(SopDefinition sop, IReadOnlySet<string> knownSopCodes)
    {
        var problems = new List<SopProblem>();
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add(new(field, "wajib diisi"));
            else if (value.Length > MaxTextLength) problems.Add(new(field, $"terlalu panjang ({value.Length} karakter; paling banyak {MaxTextLength})"));
        }

        Require("kode", sop.Kode);
        Require("kantor", sop.Kantor);
        Require("nama", sop.Nama);

        if (sop.Jenis == SopDocumentKind.StandarPelayanan)
        {
            if (sop.Langkah.Count > 0) problems.Add(new("langkah", "Standar Pelayanan tidak memiliki tabel langkah"));
            if (sop.StandarPelayanan is null) problems.Add(new("standar_pelayanan", "wajib diisi untuk Standar Pelayanan"));
            else if (!knownSopCodes.Contains(sop.StandarPelayanan.SopKode))
                problems.Add(new("sop", $"SOP '{sop.StandarPelayanan.SopKode}' tidak dikenal di kantor ini"));
            return problems;
        }

        if (sop.Langkah.Count == 0) problems.Add(new("langkah", "SOP harus memiliki setidaknya satu langkah"));
        var numbers = sop.Langkah.Select(s => s.No).ToHashSet();
        for (var i = 0; i < sop.Langkah.Count; i++)
        {
            var step = sop.Langkah[i];
            var at = $"langkah[{i + 1}]";
            if (i > 0 && step.No <= sop.Langkah[i - 1].No)
                problems.Add(new($"{at}.no", $"nomor langkah {step.No} harus lebih besar dari langkah sebelumnya ({sop.Langkah[i - 1].No})"));
            Require($"{at}.uraian", step.Uraian);
            if (step.Pelaksana.Count == 0) problems.Add(new($"{at}.pelaksana", "setidaknya satu peran pelaksana"));
            if (step.Keputusan is { } d)
            {
                Require($"{at}.keputusan.pertanyaan", d.Pertanyaan);
                CheckTarget($"{at}.keputusan.ya", d.Ya);
                CheckTarget($"{at}.keputusan.tidak", d.Tidak);
            }
            for (var b = 0; b < step.Cabang.Count; b++) Require($"{at}.cabang[{b + 1}].kondisi", step.Cabang[b].Kondisi);
        }
        if (sop.Angkatan is { } round && sop.Langkah.FirstOrDefault(s => s.No == round.LangkahSeleksi) is { } selection)
        {
            if (selection.Keputusan is not null)
                problems.Add(new("angkatan.seleksi", $"langkah seleksi {selection.Label} tidak boleh berupa keputusan Ya/Tidak: yang diputuskan adalah setiap pendaftar"));
            if (ReferenceEquals(selection, sop.Langkah[^1]))
                problems.Add(new("angkatan.seleksi", $"langkah seleksi {selection.Label} adalah langkah terakhir: penerima manfaat terpilih tidak punya langkah untuk dilanjutkan"));
            if (sop.Langkah.Any(s => s.No > selection.No && s.Keputusan is { } d && (d.Ya.StepNo <= selection.No || d.Tidak.StepNo <= selection.No)))
                problems.Add(new("angkatan.seleksi", "langkah setelah seleksi tidak boleh kembali ke langkah angkatan (sebelum atau pada seleksi)"));
        }
        for (var k = 0; k < sop.Keterkaitan.Count; k++)
        {
            if (sop.Keterkaitan[k].SopKode is { } code && !knownSopCodes.Contains(code))
                problems.Add(new($"keterkaitan[{k + 1}].sop", $"SOP '{code}' tidak dikenal di kantor ini"));
        }
        return problems;

        void CheckTarget(string field, StepTarget target)
        {
            if (target.StepNo is { } no && !numbers.Contains(no))
                problems.Add(new(field, $"menunjuk ke langkah {no} yang tidak ada"));
        }
    }

    /// <summary>
    /// What loads but does not work yet: a branch to an SOP the office does not hold. The branch is shown on the case
    /// page and cannot be opened until that SOP is loaded; the rest of the SOP runs.
    /// </summary>
    public static IReadOnlyList<SopProblem> Warnings(SopDefinition sop, IReadOnlySet<string> knownSopCodes)
    {
        var warnings = new List<SopProblem>();
        for (var i = 0; i < sop.Langkah.Count; i++)
            for (var b = 0; b < sop.Langkah[i].Cabang.Count; b++)
                if (!knownSopCodes.Contains(sop.Langkah[i].Cabang[b].SopKode))
                    warnings.Add(new($"langkah[{i + 1}].cabang[{b + 1}].sop",
                        $"cabang ke SOP '{sop.Langkah[i].Cabang[b].SopKode}' yang belum ada di kantor ini: cabang ditampilkan tetapi belum dapat dibuka sampai SOP itu dimuat"));
        return warnings;
    }
}
