using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Pengaduan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pengaduan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Saluran = table.Column<int>(type: "INTEGER", nullable: false),
                    DiterimaPada = table.Column<long>(type: "INTEGER", nullable: false),
                    Pelapor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kontak = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SpKode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Isi = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WarnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WarnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LateFlaggedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Jawaban = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pengaduan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PengaduanEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    PengaduanId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PengaduanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PengaduanEvents_Pengaduan_PengaduanId",
                        column: x => x.PengaduanId,
                        principalTable: "Pengaduan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pengaduan_OfficeId_Nomor",
                table: "Pengaduan",
                columns: new[] { "OfficeId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pengaduan_OfficeId_Status_DueAt",
                table: "Pengaduan",
                columns: new[] { "OfficeId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Pengaduan_Status_LateFlaggedAt_DueAt",
                table: "Pengaduan",
                columns: new[] { "Status", "LateFlaggedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Pengaduan_Status_WarnedAt_WarnAt",
                table: "Pengaduan",
                columns: new[] { "Status", "WarnedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PengaduanEvents_PengaduanId",
                table: "PengaduanEvents",
                column: "PengaduanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PengaduanEvents");

            migrationBuilder.DropTable(
                name: "Pengaduan");
        }
    }
}
