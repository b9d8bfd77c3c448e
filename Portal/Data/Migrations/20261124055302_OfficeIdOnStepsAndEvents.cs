using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfficeIdOnStepsAndEvents : Migration
    {
        private const string NoUpdateTrigger =
            "CREATE TRIGGER IF NOT EXISTS CaseEvents_NoUpdate BEFORE UPDATE ON CaseEvents BEGIN SELECT RAISE(ABORT, 'Riwayat kasus tidak dapat diubah.'); END;";
        private const string NoDeleteTrigger =
            "CREATE TRIGGER IF NOT EXISTS CaseEvents_NoDelete BEFORE DELETE ON CaseEvents BEGIN SELECT RAISE(ABORT, 'Riwayat kasus tidak dapat dihapus.'); END;";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OfficeId",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OfficeId",
                table: "CaseEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing rows take their case's office. History is append-only (a trigger refuses updates), so the
            // guard is lifted for this one backfill and put back at once, in the migration's transaction.
            migrationBuilder.Sql("UPDATE CaseSteps SET OfficeId = (SELECT c.OfficeId FROM Cases c WHERE c.Id = CaseSteps.CaseId);");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS CaseEvents_NoUpdate;");
            migrationBuilder.Sql("UPDATE CaseEvents SET OfficeId = (SELECT c.OfficeId FROM Cases c WHERE c.Id = CaseEvents.CaseId);");
            migrationBuilder.Sql(NoUpdateTrigger);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_OfficeId_CompletedAt",
                table: "CaseSteps",
                columns: new[] { "OfficeId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSteps_OfficeId_CompletedAt",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "OfficeId",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "OfficeId",
                table: "CaseEvents");

            // Dropping a column may rebuild the table, which drops its triggers: history stays append-only.
            migrationBuilder.Sql(NoUpdateTrigger);
            migrationBuilder.Sql(NoDeleteTrigger);
        }
    }
}
