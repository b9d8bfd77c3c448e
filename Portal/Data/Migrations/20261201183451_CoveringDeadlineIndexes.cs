using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoveringDeadlineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_EscalatedAt_EscalateAt",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_LateFlaggedAt_DueAt",
                table: "CaseSteps");

            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_CompletedAt_WarnedAt_WarnAt",
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
        }
    }
}
