using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Skm;

/// <summary>The portal's one anonymous write surface, over real HTTP: what it keeps and what it refuses.</summary>
public partial class SurveyPageTests
{
    private const string Address = "/survei/tarakan/sp-rujukan-lk3";

    private static PortalFactory Portal(int minFillSeconds = 0, int permits = 50) => new(settings: new Dictionary<string, string>
    {
        ["Skm:MinFillSeconds"] = minFillSeconds.ToString(),
        ["Skm:PermitPerAddress"] = permits.ToString(),
    });

    /// <summary>Opens the form as a browser would and sends it with the given fields on top of its hidden ones.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, IDictionary<string, string> fields, bool withToken = true)
    {
        var form = await http.GetStringAsync(Address);
        var values = new Dictionary<string, string>
        {
            ["_handler"] = "skm",
            ["Form.Mulai"] = WebUtility.HtmlDecode(Hidden().Match(form).Groups[1].Value),
        };
        if (withToken) values["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value;
        foreach (var (key, value) in fields) values[key] = value;
        return await http.PostAsync(Address, new FormUrlEncodedContent(values));
    }

    private static Dictionary<string, string> Answers(int value = 3) =>
        Enumerable.Range(1, 9).ToDictionary(i => $"Form.U{i}", _ => value.ToString());

    private static async Task<List<Portal.Skm.SkmResponse>> StoredAsync(PortalFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.SkmResponses.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_filled_questionnaire_is_kept_for_its_office_and_service_without_any_name()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);

        var page = await http.GetStringAsync(Address);
        Assert.Contains("Standar Pelayanan Rujukan Klien Stres", page);
        Assert.Contains("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", page);
        var fields = Answers();
        fields["Form.U3"] = "4";
        fields["Form.JenisKelamin"] = "Perempuan";
        fields["Form.Usia"] = "34";
        fields["Form.Saran"] = "Ruang tunggu diberi kipas angin.";
        var sent = await SendAsync(http, fields);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Terima kasih", await sent.Content.ReadAsStringAsync());
        var kept = Assert.Single(await StoredAsync(portal));
        Assert.Equal(("sp-rujukan-lk3", 3, 4, "Perempuan", 34, "Ruang tunggu diberi kipas angin."),
            (kept.SpKode, kept.U1, kept.U3, kept.JenisKelamin, kept.Usia, kept.Saran));
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(await db.Offices.Where(o => o.Kode == "tarakan").Select(o => o.Id).SingleAsync(), kept.OfficeId);
    }

    [Fact]
    public async Task A_questionnaire_with_a_question_unanswered_is_returned_with_the_question_named_and_the_answers_kept()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);
        var fields = Answers(4);
        fields.Remove("Form.U4");

        var sent = await SendAsync(http, fields);

        var page = await sent.Content.ReadAsStringAsync();
        Assert.Contains("Pilih satu jawaban untuk: Biaya/tarif.", page);
        Assert.Matches(@"name=""Form.U1"" value=""4"" checked", page);
        Assert.Empty(await StoredAsync(portal));
    }

    [Fact]
    public async Task A_post_far_larger_than_a_questionnaire_is_refused_before_it_is_read()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);
        var fields = Answers();
        fields["Form.Saran"] = new string('x', 100_000);

        var sent = await SendAsync(http, fields);

        // Kestrel stops reading at the limit; the form reader (antiforgery first) answers 400 or 413.
        Assert.True(sent.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, sent.StatusCode.ToString());
        Assert.Empty(await StoredAsync(portal));

        // Under the request limit but over the field's: the person is told, nothing is kept.
        fields["Form.Saran"] = new string('x', 1_500);
        var tooLong = await SendAsync(http, fields);
        Assert.Contains("Saran paling banyak 1000 karakter; persingkat lalu kirim lagi.", await tooLong.Content.ReadAsStringAsync());
        Assert.Empty(await StoredAsync(portal));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);

        var sent = await SendAsync(http, Answers(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Empty(await StoredAsync(portal));
    }

    [Fact]
    public async Task A_robot_that_fills_the_hidden_field_is_thanked_and_nothing_is_kept()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);
        var fields = Answers();
        fields["Form.SitusWeb"] = "http://spam.example";

        var sent = await SendAsync(http, fields);

        Assert.Contains("Terima kasih", await sent.Content.ReadAsStringAsync());
        Assert.Empty(await StoredAsync(portal));
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_reads_it_is_asked_again_and_not_kept()
    {
        await using var portal = Portal(minFillSeconds: 30);
        using var http = StaffHttpClient.Create(portal.Address);

        var sent = await SendAsync(http, Answers());

        Assert.Contains("Formulir dikirim terlalu cepat", await sent.Content.ReadAsStringAsync());
        Assert.Empty(await StoredAsync(portal));
    }

    [Fact]
    public async Task Past_the_limit_an_address_gets_a_429_page_in_Indonesian_and_can_still_open_the_form()
    {
        await using var portal = Portal(permits: 2);
        using var http = StaffHttpClient.Create(portal.Address);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, Answers())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, Answers())).StatusCode);
        var third = await SendAsync(http, Answers());

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Terlalu banyak kiriman", await third.Content.ReadAsStringAsync());
        Assert.Equal(2, (await StoredAsync(portal)).Count);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Address)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_service_or_office_is_not_found_and_staff_pages_stay_closed()
    {
        await using var portal = Portal();
        using var http = StaffHttpClient.Create(portal.Address);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/survei/tarakan/rujukan-lk3")).StatusCode); // an SOP, not an SP
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/survei/tidak-ada/sp-rujukan-lk3")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/kasus")).StatusCode);
    }

    [Fact]
    public async Task The_desk_cards_QR_code_encodes_this_portals_survey_address_for_the_leaders_only()
    {
        await using var portal = Portal();
        using var kabid = await StaffHttpClient.SignedInAsync(portal.Address, "kabid.tarakan");

        var qr = await kabid.GetAsync("/skm/qr/sp-rujukan-lk3.svg");

        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        var expected = global::Portal.Skm.SkmExtensions.QrSvg($"{portal.Address.ToString().TrimEnd('/')}{Address}");
        Assert.Equal(expected, await qr.Content.ReadAsStringAsync());
        Assert.NotEqual(expected, global::Portal.Skm.SkmExtensions.QrSvg($"{portal.Address.ToString().TrimEnd('/')}/survei/tarakan/sp-lain"));
        Assert.Equal(HttpStatusCode.NotFound, (await kabid.GetAsync("/skm/qr/rujukan-lk3.svg")).StatusCode);
        using var peksos = await StaffHttpClient.SignedInAsync(portal.Address, "peksos.tarakan");
        Assert.NotEqual("image/svg+xml", (await peksos.GetAsync("/skm/qr/sp-rujukan-lk3.svg")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_printed_IKM_report_shows_each_unsur_the_index_and_its_letter()
    {
        await using var portal = Portal();
        var surveys = portal.Services.GetRequiredService<global::Portal.Skm.SkmSurveys>();
        var survey = (await surveys.FindAsync("tarakan", "sp-rujukan-lk3"))!;
        foreach (var (other, value) in new[] { (global::Portal.Domain.Skm.SkmUnsur.WaktuPenyelesaian, 4), (global::Portal.Domain.Skm.SkmUnsur.BiayaTarif, 2) })
        {
            var nilai = global::Portal.Domain.Skm.SkmUnsurs.All.ToDictionary(u => u, _ => 3);
            nilai[other] = value;
            await surveys.SubmitAsync(survey, new(nilai, null, null, null, null, "Antrean perlu nomor."));
        }
        using var kabid = await StaffHttpClient.SignedInAsync(portal.Address, "kabid.tarakan");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

        var pdf = await kabid.GetAsync($"/skm/laporan.pdf?sp=sp-rujukan-lk3&dari={today}&sampai={today}");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Laporan Survei Kepuasan Masyarakat", text);
        // (7×3 + 3.5 + 2.5) / 9 = 3 → ×25 = 75: C, kurang baik.
        Assert.Contains("3 Waktu penyelesaian 2 3,5", text);
        Assert.Contains("Nilai konversi 75", text);
        Assert.Contains("Mutu pelayanan C", text);
        Assert.Contains("Kinerja unit pelayanan Kurang baik", text);
        Assert.Contains("Antrean perlu nomor.", text);
        Assert.Equal(HttpStatusCode.BadRequest, (await kabid.GetAsync($"/skm/laporan.pdf?sp=sp-rujukan-lk3&dari={today}&sampai=2020-01-01")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Form.Mulai\" value=\"([^\"]+)\"")]
    private static partial Regex Hidden();
}
