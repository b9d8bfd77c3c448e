using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bench;

/// <summary>
/// The public SKM survey under a flood of accepted questionnaires (limit and fill time lifted, as a botnet from many
/// addresses would see them): how fast a staff page answers while it lasts, against the same page at rest.
/// </summary>
internal static partial class SurveyFloodBench
{
    private const string Survey = "/survei/tarakan/sp-rujukan-lk3";

    public static async Task<IReadOnlyList<Row>> RunAsync(int flooders, TimeSpan duration)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        await using var portal = new BenchPortal(folder, new Dictionary<string, string> { ["Skm:PermitPerAddress"] = "1000000", ["Skm:MinFillSeconds"] = "0" });
        portal.UseKestrel(0);
        portal.StartServer();
        var address = new Uri(portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var cookies = await PushBench.SignInAsync(address, "kabid.tarakan");
        using var staff = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };

        async Task<List<double>> StaffPageAsync(TimeSpan span)
        {
            var times = new List<double>();
            var until = Stopwatch.GetTimestamp() + (long)(span.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await staff.GetAsync("/kasus?terlambat=true");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return times;
        }

        await StaffPageAsync(TimeSpan.FromSeconds(2)); // warm-up
        var idle = await StaffPageAsync(duration);

        using var stop = new CancellationTokenSource(duration);
        var sent = 0;
        var flood = Enumerable.Range(0, flooders).Select(async _ =>
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
            var form = await http.GetStringAsync(Survey);
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value, ["_handler"] = "skm",
                ["Form.Mulai"] = WebUtility.HtmlDecode(Mulai().Match(form).Groups[1].Value),
            };
            for (var u = 1; u <= 9; u++) fields[$"Form.U{u}"] = "3";
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await http.PostAsync(Survey, new FormUrlEncodedContent(fields), stop.Token);
                    if (response.IsSuccessStatusCode) Interlocked.Increment(ref sent);
                }
                catch (OperationCanceledException) { }
            }
        }).ToList();
        var busy = await StaffPageAsync(duration);
        await Task.WhenAll(flood);

        var (idle95, busy95) = (Measure.Percentile(idle, 0.95), Measure.Percentile(busy, 0.95));
        return
        [
            new($"Halaman staf (daftar kasus terlambat) tanpa banjir survei: p50 / p95", $"{Measure.Ms(Measure.Percentile(idle, 0.5))} / {Measure.Ms(idle95)}", "", null),
            new($"Banjir survei: {flooders} pengirim, {duration.TotalSeconds:0} detik", $"{sent / duration.TotalSeconds:0} kiriman/detik diterima", "", null),
            new("Halaman staf selama banjir: p50 / p95", $"{Measure.Ms(Measure.Percentile(busy, 0.5))} / {Measure.Ms(busy95)}", "p95 < 500 ms", busy95 < 500),
        ];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Form.Mulai\" value=\"([^\"]+)\"")]
    private static partial Regex Mulai();
}
