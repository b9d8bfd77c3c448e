using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Dashboard;
using Portal.Data;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Identity;

namespace Portal.Api;

public sealed record ApiStep(int No, string Uraian, DateTimeOffset StartedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, string? CompletedBy, string? Outcome);
public sealed record ApiClient(string Nama, string Nik, string JenisKelamin);
public sealed record ApiCase(Guid Id, string Nomor, string SopKode, string SopNama, string Status, DateTimeOffset OpenedAt, IReadOnlyList<ApiClient> Klien, IReadOnlyList<ApiStep> Langkah);
public sealed record ApiMonev(Guid? CaseId, string Judul, string Kind, string Role, DateTimeOffset DueAt);

/// <summary>The read API other systems use: /api/v1, by API key, one office, read only, every call logged.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiExtensions.Policy)
            .RequireRateLimiting(ApiExtensions.RateLimit)
            .AddEndpointFilter(LogCallAsync)
            .WithTags("DinsosPortal");

        api.MapGet("/kasus", async (ClaimsPrincipal user, CaseQueries queries, string? sop, bool? terlambat, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(user.ToActor()!, new CaseFilter(sop, LateOnly: terlambat == true), ct)))
            .WithSummary("Langkah berjalan kasus kantor, dengan filter SOP dan keterlambatan (NIK tersamar).");

        api.MapGet("/kasus/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, CaseDetailQuery query, CancellationToken ct) =>
                await query.LoadAsync(user.ToActor()!, id, ct) is { } d
                    ? TypedResults.Ok(new ApiCase(d.Case.Id, d.Case.Nomor, d.Case.SopKode, d.Sop.Nama, d.Case.Status.ToString(), d.Case.OpenedAt,
                        d.Clients.Select(c => new ApiClient(c.Nama, c.NikMasked, c.JenisKelamin.ToString())).ToList(),
                        d.Case.Steps.OrderBy(s => s.StartedAt).Select(s => new ApiStep(s.StepNo, d.Sop.Step(s.StepNo).Uraian, s.StartedAt, s.DueAt, s.CompletedAt,
                            s.CompletedByName, s.Outcome?.ToString())).ToList()))
                    : TypedResults.Problem(statusCode: 404, title: "Kasus tidak ditemukan di kantor kunci ini."))
            .WithSummary("Satu kasus: klien (NIK tersamar) dan setiap langkahnya.");

        api.MapGet("/langkah/terlambat", async (ClaimsPrincipal user, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(user.ToActor()!, new CaseFilter(LateOnly: true), ct)))
            .WithSummary("Langkah yang melewati mutu baku.");

        api.MapGet("/dasbor", async (ClaimsPrincipal user, DashboardQueries queries, TimeProvider clock, int? hari, CancellationToken ct) =>
                TypedResults.Ok(await queries.LoadAsync(user.ToActor()!, clock.GetUtcNow().AddDays(-Math.Clamp(hari ?? 30, 1, 366)), ct)))
            .WithSummary("Angka dasbor kepala bidang untuk periode (hari, bawaan 30).");

        api.MapGet("/monev", async (ClaimsPrincipal user, MonevService monev, CancellationToken ct) =>
                TypedResults.Ok((await monev.OpenForAsync(user.ToActor()!, ct)).Select(m => new ApiMonev(m.CaseId, m.Title, m.Kind.ToString(), m.Role.ToString(), m.DueAt)).ToList()))
            .WithSummary("Kunjungan monev yang belum dilakukan.");
        return app;
    }

    private static async ValueTask<object?> LogCallAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (int.TryParse(http.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim), out var keyId) && http.User.ToActor() is { } actor)
        {
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            var factory = http.RequestServices.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var path = (http.Request.Path + http.Request.QueryString).ToString();
            db.ApiCalls.Add(new ApiCall
            {
                OfficeId = actor.OfficeId, ApiKeyId = keyId, Path = path[..Math.Min(400, path.Length)],
                Status = status, At = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        return result;
    }
}
