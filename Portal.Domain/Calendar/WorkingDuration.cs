namespace Portal.Domain.Calendar;

/// <summary>
/// A span of working time in the words staff use: "45 menit", "3 jam 20 menit", "2 hari 3 jam".
/// A day is the office's usual working day, so "1 hari" late means one working day of work not done.
/// </summary>
public static class WorkingDuration
{
    public static string Describe(TimeSpan span, TimeSpan workingDay)
    {
        span = span.Duration();
        if (span < TimeSpan.FromMinutes(1)) return "kurang dari 1 menit";
        if (span < TimeSpan.FromHours(1)) return $"{span.Minutes} menit";
        if (workingDay > TimeSpan.Zero && span >= workingDay)
        {
            var days = (int)(span / workingDay);
            var hours = (int)(span - days * workingDay).TotalHours;
            return hours > 0 ? $"{days} hari {hours} jam" : $"{days} hari";
        }
        var whole = (int)span.TotalHours;
        return span.Minutes > 0 ? $"{whole} jam {span.Minutes} menit" : $"{whole} jam";
    }
}
