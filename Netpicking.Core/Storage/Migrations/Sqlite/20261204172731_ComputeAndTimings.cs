using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netpicking.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComputeAndTimings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComputePath",
                table: "Trainings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "StoreSeconds",
                table: "Trainings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EpochCpuSeconds",
                table: "EpochResults",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "TestSeconds",
                table: "EpochResults",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ComputePath",
                table: "Trainings");

            migrationBuilder.DropColumn(
                name: "StoreSeconds",
                table: "Trainings");

            migrationBuilder.DropColumn(
                name: "EpochCpuSeconds",
                table: "EpochResults");

            migrationBuilder.DropColumn(
                name: "TestSeconds",
                table: "EpochResults");
        }
    }
}
