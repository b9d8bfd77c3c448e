using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseRegisterNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KodeRegister",
                table: "Offices",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Nomor",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RunningNumbers",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunningNumbers", x => new { x.OfficeId, x.Series, x.Year });
                    table.ForeignKey(
                        name: "FK_RunningNumbers_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Cases opened before numbering get numbers in the order they opened, per office and (UTC) year, and the
            // counters continue from there. Offices take the default register code (first three letters of kode).
            const string year = "CAST(strftime('%Y', (c.OpenedAt - 621355968000000000) / 10000000, 'unixepoch') AS INTEGER)";
            migrationBuilder.Sql("UPDATE Offices SET KodeRegister = upper(substr(Kode, 1, 3));");
            migrationBuilder.Sql($"""
                UPDATE Cases SET Nomor = (
                    SELECT o.KodeRegister || '-' || n.Year || '-' || printf('%05d', n.Seq)
                    FROM (SELECT c.Id, c.OfficeId, {year} AS Year,
                                 ROW_NUMBER() OVER (PARTITION BY c.OfficeId, {year} ORDER BY c.OpenedAt, c.Id) AS Seq
                          FROM Cases c) n
                    JOIN Offices o ON o.Id = n.OfficeId
                    WHERE n.Id = Cases.Id);
                """);
            migrationBuilder.Sql($"""
                INSERT INTO RunningNumbers (OfficeId, Series, Year, Last)
                SELECT c.OfficeId, 'kasus', {year}, COUNT(*) FROM Cases c GROUP BY c.OfficeId, {year};
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OfficeId_Nomor",
                table: "Cases",
                columns: new[] { "OfficeId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RunningNumbers");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OfficeId_Nomor",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "KodeRegister",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "Nomor",
                table: "Cases");
        }
    }
}
