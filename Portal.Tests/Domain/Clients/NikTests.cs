using Portal.Domain.Clients;

namespace Portal.Tests.Domain.Clients;

public class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_male_nik_gives_his_birth_date()
    {
        var result = Nik.Parse("6571011203850001", Today);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(Sex.LakiLaki, result.Nik!.Sex);
        Assert.Equal(new DateOnly(1985, 3, 12), result.Nik.BirthDate);
    }

    [Fact]
    public void A_female_nik_carries_forty_on_the_day()
    {
        var result = Nik.Parse("6571015203850002", Today);
        Assert.Equal(Sex.Perempuan, result.Nik!.Sex);
        Assert.Equal(new DateOnly(1985, 3, 12), result.Nik.BirthDate);
    }

    [Fact]
    public void Typed_separators_are_stripped()
    {
        var result = Nik.Parse("65.7101 120385-0001", Today);
        Assert.Equal("6571011203850001", result.Nik!.Value);
    }

    [Fact]
    public void A_two_digit_year_after_this_year_is_last_century()
    {
        Assert.Equal(1927, Nik.Parse("6571010101270001", Today).Nik!.BirthDate.Year);
        Assert.Equal(2024, Nik.Parse("6571010101240001", Today).Nik!.BirthDate.Year);
    }

    [Fact]
    public void Masked_nik_shows_only_the_last_four_digits() =>
        Assert.Equal("NIK ••••0001", Nik.Parse("6571011203850001", Today).Nik!.Masked);

    [Theory]
    [InlineData("", "NIK kosong")]
    [InlineData("657101120385001", "NIK harus 16 angka; yang diisi 15 angka")]
    [InlineData("65710112038500011", "yang diisi 17 angka")]
    [InlineData("65710112O3850001", "hanya boleh berisi angka")]
    [InlineData("9971011203850001", "Kode provinsi '99' (angka 1–2) tidak dikenal")]
    [InlineData("6500011203850001", "Kode kabupaten/kota (angka 3–4) tidak boleh 00")]
    [InlineData("6571001203850001", "Kode kecamatan (angka 5–6) tidak boleh 00")]
    [InlineData("6571013203850001", "Tanggal lahir dalam NIK (angka 7–8) '32' tidak sah")]
    [InlineData("6571017203850001", "'72' tidak sah")]
    [InlineData("6571011213850001", "Bulan lahir dalam NIK (angka 9–10) '13' tidak sah")]
    [InlineData("6571013102900001", "tidak ada di kalender: 31-02-1990")]
    [InlineData("6571017102900001", "tidak ada di kalender: 31-02-1990")]
    [InlineData("6571013112260001", "ada di masa depan")]
    [InlineData("6571011203850000", "Nomor urut (angka 13–16) tidak boleh 0000")]
    public void An_invalid_nik_says_which_part_is_wrong(string input, string expected)
    {
        var result = Nik.Parse(input, Today);
        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error);
    }
}

public class ClientTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ClientDetails Details(string? nik = "6571015203850002", string? reason = null, Sex sex = Sex.Perempuan, string nama = "Siti Aminah") =>
        new(nama, nik, reason, null, sex, null, "Tarakan", "Makassar", null);

    [Fact]
    public void A_client_without_nik_must_say_why()
    {
        Assert.Contains("Klien tanpa NIK: tuliskan alasannya", Client.Check(Details(nik: null), Today).Single());
        Assert.Empty(Client.Check(Details(nik: null, reason: "Tidak memiliki KTP"), Today));
    }

    [Fact]
    public void The_sex_typed_must_match_the_nik() =>
        Assert.Contains("NIK menunjukkan perempuan, tetapi jenis kelamin diisi laki-laki",
            Client.Check(Details(sex: Sex.LakiLaki), Today).Single());

    [Fact]
    public void An_empty_or_huge_name_is_refused_with_its_reason()
    {
        Assert.Contains("Nama klien wajib diisi", Client.Check(Details(nama: " "), Today).Single());
        Assert.Contains("terlalu panjang (201 karakter", Client.Check(Details(nama: new string('a', 201)), Today).Single());
    }

    [Fact]
    public void Registering_keeps_the_reason_for_a_missing_nik_and_the_birth_date_from_the_nik()
    {
        var clock = new Support.ManualClock(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var noNik = Client.Register(1, Details(nik: null, reason: "Tidak memiliki KTP"), "u1", clock);
        Assert.Null(noNik.Nik);
        Assert.Equal("Tidak memiliki KTP", noNik.AlasanTanpaNik);

        var withNik = Client.Register(1, Details(), "u1", clock);
        Assert.Equal("6571015203850002", withNik.Nik);
        Assert.Equal(new DateOnly(1985, 3, 12), withNik.TanggalLahir);
    }

    [Fact]
    public void Registering_invalid_details_throws_every_problem_in_indonesian()
    {
        var clock = new Support.ManualClock(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var e = Assert.Throws<Portal.Domain.DomainRuleException>(() => Client.Register(1, Details(nik: "123", nama: ""), "u1", clock));
        Assert.Contains("Nama klien wajib diisi", e.Message);
        Assert.Contains("NIK harus 16 angka", e.Message);
    }
}
