using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netpicking.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainingProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProgressBatch",
                table: "Trainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressBatches",
                table: "Trainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressEpoch",
                table: "Trainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ProgressLoss",
                table: "Trainings",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProgressBatch",
                table: "Trainings");

            migrationBuilder.DropColumn(
                name: "ProgressBatches",
                table: "Trainings");

            migrationBuilder.DropColumn(
                name: "ProgressEpoch",
                table: "Trainings");

            migrationBuilder.DropColumn(
                name: "ProgressLoss",
                table: "Trainings");
        }
    }
}
