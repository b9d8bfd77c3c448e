using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Demo;

/// <summary>How far a demo case has come: steps done, and how much of the current step's time has passed.</summary>
/// A finished case carries how many days ago it opened and whether one of its steps ran past its time.
internal sealed record DemoScenario(int StepsDone, double CurrentShare, bool OpenFirstBranch = false, int OpenedDaysAgo = 0, bool OneStepLate = false);

/// <summary>Plays an SOP forward with the demo staff on a moving clock, so demo cases carry real history.</summary>
internal sealed class DemoCaseRunner(
    SopRevisionRef sop, IReadOnlyDictionary<string, SopRevisionRef> library, WorkingCalendar calendar,
    IReadOnlyDictionary<StaffRole, Actor> staff, DateTimeOffset now)
{
    private static readonly TimeSpan Pace = TimeSpan.FromMinutes(7);

    public static IEnumerable<DemoScenario> Scenarios(SopDefinition sop)
    {
        var path = Path(sop);
        yield return new(0, 0.3);
        if (path.Count > 1) yield return new(1, 0.85);
        var late = path.FindIndex(s => s.Waktu is { Unit: >= WaktuUnit.Hari });
        yield return new(late < 0 ? Math.Min(2, path.Count - 1) : late, 1.6);
        if (path.Count > 2) yield return new(path.Count - 1, 0.5);
        // Finished cases over the last three months, one with a late step, so the monthly report has months to show.
        yield return new(path.Count, 0, OpenedDaysAgo: 80);
        yield return new(path.Count, 0, OpenedDaysAgo: 50, OneStepLate: true);
        yield return new(path.Count, 0, OpenedDaysAgo: 25);
        var branching = path.FindIndex(s => s.Cabang.Count > 0);
        if (branching >= 0) yield return new(branching, 0.2, OpenFirstBranch: true);
    }

    public IEnumerable<Case> Run(CaseOpening opening, DemoScenario scenario)
    {
        var path = Path(sop.Definition);
        var clock = new DemoClock();
        if (scenario.StepsDone >= path.Count)
        {
            var late = scenario.OneStepLate ? path.Count / 2 : -1;
            var opened = calendar.AddWorkingTime(now.AddDays(-scenario.OpenedDaysAgo), TimeSpan.FromHours(1));
            var closed = Finished(opening, path, opened, late);
            // An SOP with a months-long step (a panti stay) finishes later than that: open it early enough to be done by now.
            if (closed[^1].ClosedAt > now.AddDays(-1)) closed = Finished(opening, path, opened - (closed[^1].ClosedAt!.Value - now) - TimeSpan.FromDays(7), late);
            foreach (var c in closed) yield return c;
            yield break;
        }

        var currentStart = StartFor(path[scenario.StepsDone].Waktu, scenario.CurrentShare);
        clock.Now = currentStart - Pace * scenario.StepsDone;
        var kasus = Case.Open(opening, sop, Actor(path[0]), calendar, clock);
        var played = new List<Case> { kasus };
        for (var i = 0; i < scenario.StepsDone; i++)
        {
            clock.Now += Pace;
            kasus = Complete(kasus, path[i], clock, played);
        }
        foreach (var c in played) yield return c;

        if (scenario.OpenFirstBranch)
        {
            var branch = path[scenario.StepsDone].Cabang[0];
            yield return kasus.OpenBranch(branch.Kondisi, library[branch.SopKode], Actor(path[scenario.StepsDone]), sop, calendar, clock);
        }
    }

    /// <summary>A case played to its end from <paramref name="opened"/>: each step done at 70% of its time, one 3 working hours late.</summary>
    /// <returns>Every case the play made (a round and its beneficiary's), the finished one last.</returns>
    private List<Case> Finished(CaseOpening opening, IReadOnlyList<SopStep> path, DateTimeOffset opened, int lateStep)
    {
        var clock = new DemoClock { Now = opened };
        var kasus = Case.Open(opening, sop, Actor(path[0]), calendar, clock);
        var played = new List<Case> { kasus };
        for (var i = 0; i < path.Count; i++)
        {
            var step = kasus.CurrentStep!;
            clock.Now = step.DueAt is not { } due ? calendar.AddWorkingTime(clock.Now, TimeSpan.FromHours(1))
                : i == lateStep ? calendar.AddWorkingTime(due, TimeSpan.FromHours(3))
                : calendar.AddWorkingTime(step.StartedAt, calendar.WorkingTimeBetween(step.StartedAt, due) * 0.7);
            kasus = Complete(kasus, path[i], clock, played);
        }
        return played;
    }

    /// <returns>The case that goes on: a round's selection hands over to the chosen applicant's own case.</returns>
    private Case Complete(Case kasus, SopStep def, DemoClock clock, List<Case> played)
    {
        var actor = Actor(def);
        var step = kasus.CurrentStep!;
        foreach (var item in def.Kelengkapan) kasus.TickKelengkapan(step.Id, item.Nama, true, staff[step.Pelaksana[0]], sop, clock);
        while (step.Tahap < def.StageCount - 1) kasus.HandOverStep(step.Id, null, staff[step.Pelaksana[0]], sop, clock);
        var answer = def.Keputusan is { } d ? (Forward(def.No, d.Ya) ? Jawaban.Ya : Jawaban.Tidak) : (Jawaban?)null;
        if (kasus.IsRound && sop.Definition.SelectsBeneficiaries(def))
        {
            var chosen = kasus.SelectBeneficiaries(step.Id, kasus.ClientIds.Select(id => new CohortChoice(id, "Pendaftar", true, null)).ToList(),
                new StepCompletion(def.Output, null, null), actor, sop, calendar, clock);
            played.AddRange(chosen);
            return chosen[0];
        }
        kasus.CompleteStep(step.Id, new StepCompletion(def.Output, answer, null), actor, sop, calendar, clock);
        return kasus;
    }

    private Actor Actor(SopStep def) => staff[def.Pelaksana[0]];

    /// <summary>Finds the start at which the given share of the step's working time has passed by now.</summary>
    private DateTimeOffset StartFor(Waktu? waktu, double share)
    {
        if (waktu is null) return now.AddHours(-1);
        double Share(DateTimeOffset start)
        {
            var total = calendar.WorkingTimeBetween(start, calendar.DueAt(start, waktu).DueAt).TotalMinutes;
            return total <= 0 ? 1 : calendar.WorkingTimeBetween(start, now).TotalMinutes / total;
        }
        double lo = 1, hi = 60 * 24 * 400;
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            if (Share(now.AddMinutes(-mid)) < share) lo = mid; else hi = mid;
        }
        return now.AddMinutes(-hi);
    }

    /// <summary>The steps a case walks when every decision takes the way forward.</summary>
    private static List<SopStep> Path(SopDefinition sop)
    {
        var path = new List<SopStep>();
        for (SopStep? step = sop.Langkah[0]; step is not null && path.Count < sop.Langkah.Count * 2;)
        {
            path.Add(step);
            var answer = step.Keputusan is { } d ? (Forward(step.No, d.Ya) ? Jawaban.Ya : Jawaban.Tidak) : (Jawaban?)null;
            step = sop.NextAfter(step, answer).StepNo is { } n ? sop.Step(n) : null;
        }
        return path;
    }

    private static bool Forward(int from, StepTarget target) => target.StepNo is { } n && n > from;

    private sealed class DemoClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
