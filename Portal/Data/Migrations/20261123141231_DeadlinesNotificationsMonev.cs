using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinesNotificationsMonev : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_DueAt",
                table: "CaseSteps");

            migrationBuilder.AddColumn<long>(
                name: "EscalateAt",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LateFlaggedAt",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "WaitedTotal",
                table: "CaseSteps",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 0, 0, 0));

            migrationBuilder.AddColumn<int>(
                name: "WaitingFor",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaitingReason",
                table: "CaseSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WaitingSince",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WarnAt",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WarnedAt",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonevTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SopKode = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MissedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonevTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_CompletedAt_EscalatedAt_EscalateAt",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "EscalatedAt", "EscalateAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_CompletedAt_LateFlaggedAt_DueAt",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "LateFlaggedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_CompletedAt_WarnedAt_WarnAt",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "WarnedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonevTasks_DoneAt_MissedAt_DueAt",
                table: "MonevTasks",
                columns: new[] { "DoneAt", "MissedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonevTasks_DoneAt_RemindedAt_RemindAt",
                table: "MonevTasks",
                columns: new[] { "DoneAt", "RemindedAt", "RemindAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonevTasks_OfficeId_SopKode_Kind",
                table: "MonevTasks",
                columns: new[] { "OfficeId", "SopKode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonevTasks");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_EscalatedAt_EscalateAt",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_LateFlaggedAt_DueAt",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_WarnedAt_WarnAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "EscalateAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "LateFlaggedAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WaitedTotal",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WaitingFor",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WaitingReason",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WaitingSince",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WarnAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WarnedAt",
                table: "CaseSteps");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_CompletedAt_DueAt",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "DueAt" });
        }
    }
}
