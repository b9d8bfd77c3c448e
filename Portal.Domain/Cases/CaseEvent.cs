namespace Portal.Domain.Cases;

/// <summary>New kinds go at the end: stored history keeps its numbers.</summary>
public enum CaseEventKind
{
    Dibuka,
    DibukaDariCabang,
    Ditugaskan,
    KelengkapanDicentang,
    KelengkapanDibatalkan,
    LangkahDimulai,
    LangkahSelesai,
    LangkahDikembalikan,
    CabangDibuka,
    BerkasDilampirkan,
    MenungguPihakLuar,
    SelesaiMenunggu,
    MendekatiBatas,
    Terlambat,
    Eskalasi,
    Ditutup,
    SuratDibuat,
    SuratDibatalkan,
    LangkahDiserahkan,
    PendaftarTidakTerpilih,
    PenerimaManfaatDitetapkan,
    DibukaDariAngkatan,
    PendaftarDitambahkan,
}

/// <summary>One entry of a case's history: who did what, when, with the value before and after. Never edited.</summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(Guid caseId, int officeId, int sequence, CaseEventKind kind, Actor actor, DateTimeOffset at, int? stepNo, string description, string? before, string? after)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        OfficeId = officeId;
        Sequence = sequence;
        Kind = kind;
        ActorUserId = actor.UserId;
        ActorName = actor.Name;
        At = at;
        StepNo = stepNo;
        Description = description;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    /// <summary>The case's office, kept on the row so office isolation is a filter on this table too.</summary>
    public int OfficeId { get; private set; }
    /// <summary>Order within the case: the case version this change produced.</summary>
    public int Sequence { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public string ActorUserId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public int? StepNo { get; private set; }
    public string Description { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
}
