using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netpicking.Core.Storage.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "StoreSeconds",
                table: "Trainings",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EpochCpuSeconds",
                table: "EpochResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "TestSeconds",
                table: "EpochResults",
                type: "double precision",
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
