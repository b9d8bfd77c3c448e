using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Identity;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Data;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.HasIndex(o => o.Kode).IsUnique();
        b.Property(o => o.KodeRegister).HasMaxLength(8);
        b.HasMany(o => o.Seksi).WithOne().HasForeignKey(s => s.OfficeId);
    }
}

internal sealed class SeksiConfiguration : IEntityTypeConfiguration<Seksi>
{
    public void Configure(EntityTypeBuilder<Seksi> b) => b.HasIndex(s => new { s.OfficeId, s.Kode }).IsUnique();
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<OfficeHoliday>
{
    public void Configure(EntityTypeBuilder<OfficeHoliday> b)
    {
        b.HasIndex(h => new { h.OfficeId, h.Date }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(h => h.OfficeId);
    }
}

internal sealed class OfficeHoursConfiguration : IEntityTypeConfiguration<OfficeHoursWindow>
{
    public void Configure(EntityTypeBuilder<OfficeHoursWindow> b) => b.HasOne<Office>().WithMany().HasForeignKey(h => h.OfficeId);
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200);
        b.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId);
        b.HasOne<Seksi>().WithMany().HasForeignKey(u => u.SeksiId);
    }
}

internal sealed class SopConfiguration : IEntityTypeConfiguration<Sop>
{
    public void Configure(EntityTypeBuilder<Sop> b)
    {
        b.HasIndex(s => new { s.OfficeId, s.Kode }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(s => s.OfficeId);
        b.HasMany(s => s.Revisions).WithOne().HasForeignKey(r => r.SopId);
    }
}

internal sealed class SopRevisionConfiguration : IEntityTypeConfiguration<SopRevision>
{
    public void Configure(EntityTypeBuilder<SopRevision> b) => b.HasIndex(r => new { r.SopId, r.Number }).IsUnique();
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Nama).HasMaxLength(Client.MaxNameLength);
        b.Property(c => c.Nik).HasMaxLength(16);
        b.Property(c => c.NomorKk).HasMaxLength(16);
        b.HasIndex(c => new { c.OfficeId, c.Nik });
        b.HasIndex(c => new { c.OfficeId, c.Nama });
        b.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.PlannedMonev);
        b.HasIndex(c => new { c.OfficeId, c.Status });
        b.Property(c => c.Nomor).HasMaxLength(30);
        b.Property(c => c.Angkatan).HasMaxLength(200);
        b.HasIndex(c => new { c.OfficeId, c.Nomor }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId);
        b.HasOne<Seksi>().WithMany().HasForeignKey(c => c.SeksiId);
        b.HasOne<SopRevision>().WithMany().HasForeignKey(c => c.SopRevisionId);
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.ParentCaseId);

        b.PrimitiveCollection(c => c.ClientIds).HasField("_clientIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(c => c.Assignments, a =>
        {
            a.ToTable("CaseAssignments");
            a.WithOwner().HasForeignKey("CaseId");
            a.Property<int>("Id");
            a.HasKey("Id");
            a.HasIndex(x => x.UserId);
        });
        b.Navigation(c => c.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(c => c.Links, l =>
        {
            l.ToTable("CaseLinks");
            l.WithOwner().HasForeignKey("CaseId");
            l.Property<int>("Id");
            l.HasKey("Id");
        });
        b.Navigation(c => c.Links).HasField("_links").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId);
        b.Navigation(c => c.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.History).WithOne().HasForeignKey(e => e.CaseId);
        b.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.PrimitiveCollection(s => s.KelengkapanTicked).HasField("_kelengkapanTicked").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(s => s.Pelaksana);
        // The deadline sweep and its timer ask for open, unmarked steps around one of these instants: equality on the
        // two marks, a range on the instant. Each index also carries the columns the sweep reads (covering), so
        // picking the due steps reads no table row and costs what falls due, not what is open. (Partial indexes
        // lost to the office index once ANALYZE had run: docs/decisions/0013.)
        b.HasIndex(s => new { s.CompletedAt, s.WarnedAt, s.WarnAt, s.CaseId, s.OfficeId }, "IX_CaseSteps_Unwarned");
        b.HasIndex(s => new { s.CompletedAt, s.LateFlaggedAt, s.DueAt, s.CaseId, s.OfficeId }, "IX_CaseSteps_Unflagged");
        b.HasIndex(s => new { s.CompletedAt, s.EscalatedAt, s.EscalateAt, s.CaseId, s.OfficeId }, "IX_CaseSteps_Unescalated");
        b.HasIndex(s => new { s.CaseId, s.Sequence }).IsUnique();
        // The office is the case's, copied for the query filter; the case's own foreign key guards it.
        b.HasIndex(s => new { s.OfficeId, s.CompletedAt });
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique();
    }
}

internal sealed class ClientDataAccessConfiguration : IEntityTypeConfiguration<Clients.ClientDataAccess>
{
    public void Configure(EntityTypeBuilder<Clients.ClientDataAccess> b)
    {
        b.HasIndex(a => new { a.CaseId, a.At });
        b.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<Cases.CaseAttachment>
{
    public void Configure(EntityTypeBuilder<Cases.CaseAttachment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.FileName).HasMaxLength(200);
        b.HasIndex(a => a.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Notifications.Notification> b)
    {
        b.Property(n => n.Text).HasMaxLength(Notifications.Notification.MaxTextLength);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

internal sealed class MonevTaskConfiguration : IEntityTypeConfiguration<Deadlines.MonevTask>
{
    public void Configure(EntityTypeBuilder<Deadlines.MonevTask> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasIndex(t => new { t.DoneAt, t.RemindedAt, t.RemindAt });
        b.HasIndex(t => new { t.DoneAt, t.MissedAt, t.DueAt });
        b.HasIndex(t => new { t.OfficeId, t.SopKode, t.Kind });
    }
}

internal sealed class RunningNumberConfiguration : IEntityTypeConfiguration<RunningNumber>
{
    public void Configure(EntityTypeBuilder<RunningNumber> b)
    {
        b.ToTable("RunningNumbers");
        b.HasKey(r => new { r.OfficeId, r.Series, r.Year });
        b.Property(r => r.Series).HasMaxLength(40);
        b.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId);
    }
}

internal sealed class LetterTemplateRevisionConfiguration : IEntityTypeConfiguration<Documents.LetterTemplateRevision>
{
    public void Configure(EntityTypeBuilder<Documents.LetterTemplateRevision> b)
    {
        b.HasIndex(r => new { r.OfficeId, r.Kode, r.Number }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId);
    }
}

internal sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<Domain.Documents.IssuedLetter>
{
    public void Configure(EntityTypeBuilder<Domain.Documents.IssuedLetter> b)
    {
        b.ToTable("Letters");
        b.Property(l => l.Id).ValueGeneratedNever();
        // An agenda number is given once per office, ever: the database refuses a second letter with it.
        b.HasIndex(l => new { l.OfficeId, l.Nomor }).IsUnique();
        b.HasIndex(l => new { l.OfficeId, l.Year, l.Urut });
        b.HasIndex(l => l.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(l => l.CaseId);
        b.HasOne<Documents.LetterTemplateRevision>().WithMany().HasForeignKey(l => l.TemplateRevisionId);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<Api.ApiKey>
{
    public void Configure(EntityTypeBuilder<Api.ApiKey> b)
    {
        b.HasIndex(k => k.Hash).IsUnique();
        b.Property(k => k.Name).HasMaxLength(100);
        b.HasOne<Office>().WithMany().HasForeignKey(k => k.OfficeId);
    }
}

internal sealed class ApiCallConfiguration : IEntityTypeConfiguration<Api.ApiCall>
{
    public void Configure(EntityTypeBuilder<Api.ApiCall> b)
    {
        b.HasIndex(c => new { c.OfficeId, c.At });
        b.HasOne<Api.ApiKey>().WithMany().HasForeignKey(c => c.ApiKeyId);
    }
}

internal sealed class SkmResponseConfiguration : IEntityTypeConfiguration<Skm.SkmResponse>
{
    public void Configure(EntityTypeBuilder<Skm.SkmResponse> b)
    {
        b.HasIndex(r => new { r.OfficeId, r.SpKode, r.SubmittedAt });
        b.Property(r => r.SpKode).HasMaxLength(100);
        b.Property(r => r.JenisKelamin).HasMaxLength(20);
        b.Property(r => r.Pendidikan).HasMaxLength(20);
        b.Property(r => r.Pekerjaan).HasMaxLength(20);
        b.Property(r => r.Saran).HasMaxLength(Domain.Skm.SkmProfil.MaxSaranLength);
    }
}

internal sealed class PengaduanConfiguration : IEntityTypeConfiguration<Domain.Complaints.Pengaduan>
{
    public void Configure(EntityTypeBuilder<Domain.Complaints.Pengaduan> b)
    {
        b.ToTable("Pengaduan");
        b.HasIndex(p => new { p.OfficeId, p.Nomor }).IsUnique();
        b.HasIndex(p => new { p.OfficeId, p.Status, p.DueAt });
        b.HasIndex(p => new { p.Status, p.WarnedAt, p.WarnAt });
        b.HasIndex(p => new { p.Status, p.LateFlaggedAt, p.DueAt });
        b.Property(p => p.Nomor).HasMaxLength(40);
        b.Property(p => p.SpKode).HasMaxLength(100);
        b.Property(p => p.Pelapor).HasMaxLength(Domain.Complaints.Pengaduan.MaxShort);
        b.Property(p => p.Kontak).HasMaxLength(Domain.Complaints.Pengaduan.MaxShort);
        b.Property(p => p.Version).IsConcurrencyToken();
        // Append-only history in its own table, loaded with the complaint.
        b.OwnsMany(p => p.History, h =>
        {
            h.ToTable("PengaduanEvents");
            h.WithOwner().HasForeignKey("PengaduanId");
            h.Property<int>("Id");
            h.HasKey("Id");
        });
        b.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
