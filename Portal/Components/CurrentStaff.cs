using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Identity;
using Portal.Offices;

namespace Portal.Components;

/// <summary>The signed-in staff member of this circuit, and their office's working calendar.</summary>
public sealed class CurrentStaff(AuthenticationStateProvider auth, OfficeCalendars calendars)
{
    public async Task<Actor> ActorAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        return state.User.ToActor() ?? throw new UnauthorizedAccessException("Sesi Anda tidak lengkap; silakan masuk kembali.");
    }

    public async Task<int?> SeksiAsync() => (await auth.GetAuthenticationStateAsync()).User.Seksi();

    public async Task<WorkingCalendar> CalendarAsync() => await calendars.ForOfficeAsync((await ActorAsync()).OfficeId);
}
