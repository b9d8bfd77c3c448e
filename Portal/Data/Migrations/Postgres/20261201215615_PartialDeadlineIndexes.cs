using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartialDeadlineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unescalated",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unflagged",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unwarned",
                table: "CaseSteps");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unescalated",
                table: "CaseSteps",
                column: "EscalateAt",
                filter: "\"CompletedAt\" IS NULL AND \"EscalatedAt\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unflagged",
                table: "CaseSteps",
                column: "DueAt",
                filter: "\"CompletedAt\" IS NULL AND \"LateFlaggedAt\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unwarned",
                table: "CaseSteps",
                column: "WarnAt",
                filter: "\"CompletedAt\" IS NULL AND \"WarnedAt\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId", "OfficeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unescalated",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unflagged",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_Unwarned",
                table: "CaseSteps");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unescalated",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "EscalatedAt", "EscalateAt", "CaseId", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unflagged",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "LateFlaggedAt", "DueAt", "CaseId", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_Unwarned",
                table: "CaseSteps",
                columns: new[] { "CompletedAt", "WarnedAt", "WarnAt", "CaseId", "OfficeId" });
        }
    }
}
