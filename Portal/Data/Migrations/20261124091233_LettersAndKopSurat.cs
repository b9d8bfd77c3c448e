using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class LettersAndKopSurat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KopJson",
                table: "Offices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "KopLogo",
                table: "Offices",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PolaNomorSurat",
                table: "Offices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Judul = table.Column<string>(type: "TEXT", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterTemplates_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepNo = table.Column<int>(type: "INTEGER", nullable: true),
                    TemplateRevisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", nullable: false),
                    Judul = table.Column<string>(type: "TEXT", nullable: false),
                    Nomor = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Urut = table.Column<int>(type: "INTEGER", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    VoidReason = table.Column<string>(type: "TEXT", nullable: true),
                    VoidedByName = table.Column<string>(type: "TEXT", nullable: true),
                    VoidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Letters_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Letters_LetterTemplates_TemplateRevisionId",
                        column: x => x.TemplateRevisionId,
                        principalTable: "LetterTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_CaseId",
                table: "Letters",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_OfficeId_Nomor",
                table: "Letters",
                columns: new[] { "OfficeId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_OfficeId_Year_Urut",
                table: "Letters",
                columns: new[] { "OfficeId", "Year", "Urut" });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_TemplateRevisionId",
                table: "Letters",
                column: "TemplateRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTemplates_OfficeId_Kode_Number",
                table: "LetterTemplates",
                columns: new[] { "OfficeId", "Kode", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Letters");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropColumn(
                name: "KopJson",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "KopLogo",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "PolaNomorSurat",
                table: "Offices");
        }
    }
}
