using Portal.Domain.Sops;

namespace Portal.Deadlines;

/// <summary>The Deadlines section: when to warn and whom to tell. Settings, not constants.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>Share of a step's working time after which it is warned (0.8 = at 80%).</summary>
    public double WarningShare { get; set; } = 0.8;

    /// <summary>Told besides the step's own roles when an assessment of 3 working days or more runs late.</summary>
    public List<string> LateAssessmentAlso { get; set; } = ["koordinator", "kabid"];

    /// <summary>Told when such an assessment is still late one working day later.</summary>
    public List<string> EscalateTo { get; set; } = ["kadis"];

    /// <summary>Told besides the monev task's role when a monev visit is missed.</summary>
    public List<string> MonevMissedAlso { get; set; } = ["kabid"];

    /// <summary>How often the Kepala Dinas evaluates each Standar Pelayanan (a waktu: "3 bulan").</summary>
    public string StandardEvaluationEvery { get; set; } = "3 bulan";

    public static IEnumerable<StaffRole> Roles(IEnumerable<string> codes) =>
        codes.Select(c => StaffRoles.TryParse(c, out var r) ? r : throw new InvalidOperationException($"Deadlines: peran '{c}' tidak dikenal."));
}
