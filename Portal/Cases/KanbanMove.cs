using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Cases;

/// <summary>
/// What dropping a card on a column means: completing its step, with the decision the column implies.
/// Anything else is refused with the reason, before the case rules (role, kelengkapan) are asked.
/// </summary>
public static class KanbanMove
{
    public const string Closed = "selesai";

    public sealed record Plan(Jawaban? Keputusan, string? Refusal)
    {
        public bool Allowed => Refusal is null;
    }

    public static string Zone(int stepNo) => stepNo.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="sop">The revision the case runs under (not necessarily the one the board draws).</param>
    public static Plan For(SopDefinition sop, int fromStep, string toZone)
    {
        var def = sop.Step(fromStep);
        if (toZone == Zone(fromStep)) return new(null, "Kartu masih di langkah yang sama.");
        if (def.Keputusan is { } d)
        {
            if (Matches(d.Ya, toZone)) return new(Jawaban.Ya, null);
            if (Matches(d.Tidak, toZone)) return new(Jawaban.Tidak, null);
            return new(null, $"Langkah {def.Label} hanya berlanjut ke {Describe(sop, d.Ya)} (Ya) atau {Describe(sop, d.Tidak)} (Tidak).");
        }
        var next = sop.NextAfter(def, null);
        return Matches(next, toZone)
            ? new(null, null)
            : new(null, next.ClosesCase
                ? $"Langkah {def.Label} adalah langkah terakhir; pindahkan ke kolom Selesai."
                : $"Kartu hanya dapat dipindah ke langkah berikutnya ({Describe(sop, next)}).");
    }

    private static string Describe(SopDefinition sop, StepTarget target) => target.StepNo is { } n ? $"langkah {sop.LabelOf(n)}" : "selesai";

    private static bool Matches(StepTarget target, string zone) =>
        target.StepNo is { } n ? zone == Zone(n) : zone == Closed;
}
