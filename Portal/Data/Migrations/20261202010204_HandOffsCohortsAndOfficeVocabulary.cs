using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandOffsCohortsAndOfficeVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KosakataJson",
                table: "Offices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Tahap",
                table: "CaseSteps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WaitingForNama",
                table: "CaseSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Angkatan",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KosakataJson",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "Tahap",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "WaitingForNama",
                table: "CaseSteps");

            migrationBuilder.DropColumn(
                name: "Angkatan",
                table: "Cases");
        }
    }
}
