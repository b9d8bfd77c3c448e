using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SkmResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SkmResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpKode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    U1 = table.Column<int>(type: "INTEGER", nullable: false),
                    U2 = table.Column<int>(type: "INTEGER", nullable: false),
                    U3 = table.Column<int>(type: "INTEGER", nullable: false),
                    U4 = table.Column<int>(type: "INTEGER", nullable: false),
                    U5 = table.Column<int>(type: "INTEGER", nullable: false),
                    U6 = table.Column<int>(type: "INTEGER", nullable: false),
                    U7 = table.Column<int>(type: "INTEGER", nullable: false),
                    U8 = table.Column<int>(type: "INTEGER", nullable: false),
                    U9 = table.Column<int>(type: "INTEGER", nullable: false),
                    JenisKelamin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Pendidikan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Pekerjaan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Usia = table.Column<int>(type: "INTEGER", nullable: true),
                    Saran = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkmResponses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SkmResponses_OfficeId_SpKode_SubmittedAt",
                table: "SkmResponses",
                columns: new[] { "OfficeId", "SpKode", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SkmResponses");
        }
    }
}
