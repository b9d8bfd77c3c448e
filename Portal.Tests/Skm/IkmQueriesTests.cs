using Portal.Domain;
using Portal.Domain.Skm;
using Portal.Domain.Sops;
using Portal.Skm;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Skm;

public class IkmQueriesTests
{
    private static SkmJawaban Answers(int value, SkmUnsur? other = null, int otherValue = 0)
    {
        var nilai = SkmUnsurs.All.ToDictionary(u => u, _ => value);
        if (other is { } o) nilai[o] = otherValue;
        return new SkmJawaban(nilai, "Perempuan", null, null, null, null);
    }

    [Fact]
    public async Task The_period_counts_the_questionnaires_sent_within_it_in_office_days()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2026, 6, 30, 23, 30));
        var surveys = portal.Get<SkmSurveys>();
        var survey = (await surveys.FindAsync("tarakan", "sp-rujukan-lk3"))!;
        await surveys.SubmitAsync(survey, Answers(1)); // 30 June 23.30 WITA: the first half, outside a July period
        portal.Clock.Now = Wita(2026, 7, 1, 8, 0);
        await surveys.SubmitAsync(survey, Answers(3, SkmUnsur.WaktuPenyelesaian, 4));
        await surveys.SubmitAsync(survey, Answers(3, SkmUnsur.BiayaTarif, 2));
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);

        var july = (await portal.Get<IkmQueries>().LoadAsync(kabid, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31))).Single();

        Assert.Equal(("sp-rujukan-lk3", "survei/tarakan/sp-rujukan-lk3", 2), (july.SpKode, july.SurveiPath, july.Ikm.Responden));
        // (7×3 + 3.5 + 2.5) / 9 × 25 = 75.00: C, kurang baik.
        Assert.Equal(75.00, Math.Round(july.Ikm.NilaiKonversi!.Value, 2));
        Assert.Equal('C', july.Ikm.Mutu!.Mutu);
        Assert.Equal(2, july.JenisKelamin["Perempuan"]);
        var june = (await portal.Get<IkmQueries>().LoadAsync(kabid, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))).Single();
        Assert.Equal((1, 'D'), (june.Ikm.Responden, june.Ikm.Mutu!.Mutu));
    }

    [Fact]
    public async Task Only_the_leaders_read_the_results_and_an_unknown_survey_is_not_found()
    {
        await using var portal = await TestPortal.StartAsync();
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.Get<IkmQueries>().LoadAsync(peksos, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal("Hasil survei kepuasan hanya untuk kepala bidang dan kepala dinas.", refused.Message);
        Assert.Null(await portal.Get<SkmSurveys>().FindAsync("lamandau", "sp-rujukan-lk3"));
        Assert.Null(await portal.Get<SkmSurveys>().FindAsync("tarakan", "rujukan-lk3"));
    }
}
