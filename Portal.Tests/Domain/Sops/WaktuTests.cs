using Portal.Domain.Sops;

namespace Portal.Tests.Domain.Sops;

public class WaktuTests
{
    [Theory]
    [InlineData("3 hari", 3, WaktuUnit.Hari)]
    [InlineData("1 hr", 1, WaktuUnit.Hari)]
    [InlineData("1hr", 1, WaktuUnit.Hari)]
    [InlineData("2 Hr.", 2, WaktuUnit.Hari)]
    [InlineData("5 hari kerja", 5, WaktuUnit.Hari)]
    [InlineData("24 jam", 24, WaktuUnit.Jam)]
    [InlineData("15 mnt", 15, WaktuUnit.Menit)]
    [InlineData("1 jam 30 menit", 90, WaktuUnit.Menit)]
    [InlineData("1 jam 60 menit", 2, WaktuUnit.Jam)]
    [InlineData("14 hari kalender", 14, WaktuUnit.HariKalender)]
    [InlineData("paling lama 14 hari kalender", 14, WaktuUnit.HariKalender)]
    [InlineData("maks. 2 minggu", 2, WaktuUnit.Minggu)]
    [InlineData("1-3 hari", 3, WaktuUnit.Hari)]
    [InlineData("6 bln", 6, WaktuUnit.Bulan)]
    public void Spellings_printed_in_real_sop_tables_read_as_their_standard_time(string printed, int amount, WaktuUnit unit)
    {
        Assert.Equal(new Waktu(amount, unit), Waktu.TryParse(printed, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-")]
    [InlineData(" – ")]
    public void Zero_or_a_dash_marks_a_step_with_no_time_and_is_not_an_error(string printed)
    {
        Assert.Null(Waktu.TryParse(printed, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("segera", "bukan waktu yang sah")]
    [InlineData("3 hari lagi", "bukan waktu yang sah")]
    [InlineData("3 pekan", "satuan 'pekan' tidak dikenal")]
    [InlineData("0 hari", "harus bilangan bulat lebih dari 0")]
    [InlineData("1 hari 2 jam", "hanya menit dan jam yang dapat dijumlahkan")]
    public void What_is_not_a_time_is_refused_with_the_reason_in_indonesian(string printed, string reason)
    {
        Assert.Null(Waktu.TryParse(printed, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Calendar_days_print_as_they_are_written()
    {
        Assert.Equal("14 hari kalender", new Waktu(14, WaktuUnit.HariKalender).ToString());
        Assert.Equal("3 hari", new Waktu(3, WaktuUnit.Hari).ToString());
    }
}
