namespace Portal.Clients;

/// <summary>A record that a staff member saw a client's full NIK: who, which client, on which case, when.</summary>
public sealed class ClientDataAccess
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public Guid ClientId { get; set; }
    public Guid? CaseId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
}
