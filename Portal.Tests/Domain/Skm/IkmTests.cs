using Portal.Domain;
using Portal.Domain.Skm;

namespace Portal.Tests.Domain.Skm;

public class IkmTests
{
    private static IReadOnlyDictionary<SkmUnsur, int> All(int value) => SkmUnsurs.All.ToDictionary(u => u, _ => value);

    [Theory]
    [InlineData(25.00, 'D', "Tidak baik")]
    [InlineData(64.99, 'D', "Tidak baik")]
    [InlineData(64.994, 'D', "Tidak baik")]
    [InlineData(65.00, 'C', "Kurang baik")]
    [InlineData(76.60, 'C', "Kurang baik")]
    [InlineData(76.61, 'B', "Baik")]
    [InlineData(88.30, 'B', "Baik")]
    [InlineData(88.305, 'A', "Sangat baik")]
    [InlineData(88.31, 'A', "Sangat baik")]
    [InlineData(100.00, 'A', "Sangat baik")]
    public void The_converted_value_reads_off_the_regulations_table_at_its_band_edges(double konversi, char mutu, string kinerja) =>
        Assert.Equal(new MutuPelayanan(mutu, kinerja), MutuPelayanan.Of(konversi));

    [Fact]
    public void Four_respondents_worked_out_by_hand()
    {
        // Respondents answer 3 on every unsur except: A gives 4 on waktu penyelesaian; B gives 2 on biaya/tarif;
        // C and D give 4 on perilaku pelaksana.
        var a = new Dictionary<SkmUnsur, int>(All(3)) { [SkmUnsur.WaktuPenyelesaian] = 4 };
        var b = new Dictionary<SkmUnsur, int>(All(3)) { [SkmUnsur.BiayaTarif] = 2 };
        var c = new Dictionary<SkmUnsur, int>(All(3)) { [SkmUnsur.PerilakuPelaksana] = 4 };
        var d = new Dictionary<SkmUnsur, int>(All(3)) { [SkmUnsur.PerilakuPelaksana] = 4 };

        var ikm = Ikm.Of([a, b, c, d]);

        // NRR: waktu 13/4 = 3.25, biaya 11/4 = 2.75, perilaku 14/4 = 3.5, the other six 3.
        Assert.Equal(3.25, ikm.Unsur.Single(u => u.Unsur == SkmUnsur.WaktuPenyelesaian).Nrr);
        Assert.Equal(2.75, ikm.Unsur.Single(u => u.Unsur == SkmUnsur.BiayaTarif).Nrr);
        Assert.Equal(3.5, ikm.Unsur.Single(u => u.Unsur == SkmUnsur.PerilakuPelaksana).Nrr);
        // IKM = (6×3 + 3.25 + 2.75 + 3.5) / 9 = 27.5 / 9 = 3.0556; ×25 = 76.39: C, kurang baik.
        Assert.Equal(27.5 / 9, ikm.Nilai!.Value, 10);
        Assert.Equal(76.39, Math.Round(ikm.NilaiKonversi!.Value, 2));
        Assert.Equal(new MutuPelayanan('C', "Kurang baik"), ikm.Mutu);
        Assert.Equal(4, ikm.Responden);
    }

    [Fact]
    public void Everyone_answering_four_is_100_and_A_and_everyone_answering_one_is_25_and_D()
    {
        Assert.Equal((100d, 'A'), (Ikm.Of([All(4), All(4)]).NilaiKonversi!.Value, Ikm.Of([All(4)]).Mutu!.Mutu));
        Assert.Equal((25d, 'D'), (Ikm.Of([All(1)]).NilaiKonversi!.Value, Ikm.Of([All(1)]).Mutu!.Mutu));
    }

    [Fact]
    public void An_unsur_nobody_answered_leaves_the_index_open_and_a_value_out_of_scale_is_refused()
    {
        var partial = new Dictionary<SkmUnsur, int>(All(3));
        partial.Remove(SkmUnsur.BiayaTarif);
        Assert.Null(Ikm.Of([partial]).Nilai);
        Assert.Null(Ikm.Of([]).Mutu);

        var refused = Assert.Throws<DomainRuleException>(() => Ikm.Of([new Dictionary<SkmUnsur, int>(All(3)) { [SkmUnsur.BiayaTarif] = 5 }]));
        Assert.Equal("Jawaban survei harus bernilai 1 sampai 4.", refused.Message);
    }
}
