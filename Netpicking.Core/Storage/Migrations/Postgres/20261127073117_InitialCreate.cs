using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Netpicking.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RunSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Epochs = table.Column<int>(type: "integer", nullable: false),
                    TestEvery = table.Column<int>(type: "integer", nullable: false),
                    LearningRate = table.Column<double>(type: "double precision", nullable: false),
                    TrainBatchSize = table.Column<int>(type: "integer", nullable: false),
                    TrainSize = table.Column<int>(type: "integer", nullable: true),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    TrainingWorkers = table.Column<int>(type: "integer", nullable: false),
                    TorchThreads = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoppedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zoos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zoos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZooId = table.Column<int>(type: "integer", nullable: false),
                    RunSettingsId = table.Column<int>(type: "integer", nullable: false),
                    DatasetId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_RunSettings_RunSettingsId",
                        column: x => x.RunSettingsId,
                        principalTable: "RunSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Zoos_ZooId",
                        column: x => x.ZooId,
                        principalTable: "Zoos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Networks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZooId = table.Column<int>(type: "integer", nullable: false),
                    ZooNetworkId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Form = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Activation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SpecLine = table.Column<string>(type: "text", nullable: false),
                    Params = table.Column<long>(type: "bigint", nullable: false),
                    MemoryElements = table.Column<long>(type: "bigint", nullable: false),
                    Ops = table.Column<int>(type: "integer", nullable: false),
                    Layers = table.Column<int>(type: "integer", nullable: false),
                    Depth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Networks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Networks_Zoos_ZooId",
                        column: x => x.ZooId,
                        principalTable: "Zoos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetworkId = table.Column<int>(type: "integer", nullable: false),
                    RunSettingsId = table.Column<int>(type: "integer", nullable: false),
                    DatasetId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ErrorMessage = table.Column<string>(type: "text", nullable: true),
                    Device = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Threads = table.Column<int>(type: "integer", nullable: true),
                    LibraryVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WorkerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastHeartbeatAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProgressEpoch = table.Column<int>(type: "integer", nullable: true),
                    ProgressBatch = table.Column<int>(type: "integer", nullable: true),
                    ProgressBatches = table.Column<int>(type: "integer", nullable: true),
                    ProgressLoss = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trainings_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Trainings_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Trainings_RunSettings_RunSettingsId",
                        column: x => x.RunSettingsId,
                        principalTable: "RunSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignTrainings",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    TrainingId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignTrainings", x => new { x.CampaignId, x.TrainingId });
                    table.ForeignKey(
                        name: "FK_CampaignTrainings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignTrainings_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EpochResults",
                columns: table => new
                {
                    TrainingId = table.Column<int>(type: "integer", nullable: false),
                    Epoch = table.Column<int>(type: "integer", nullable: false),
                    TrainLoss = table.Column<double>(type: "double precision", nullable: true),
                    EpochSeconds = table.Column<double>(type: "double precision", nullable: false),
                    Tested = table.Column<bool>(type: "boolean", nullable: false),
                    TestLoss = table.Column<double>(type: "double precision", nullable: true),
                    Accuracy = table.Column<double>(type: "double precision", nullable: true),
                    BalancedAccuracy = table.Column<double>(type: "double precision", nullable: true),
                    AucMean = table.Column<double>(type: "double precision", nullable: true),
                    ClassRecall = table.Column<byte[]>(type: "bytea", nullable: true),
                    ClassAuc = table.Column<byte[]>(type: "bytea", nullable: true),
                    ConfusionMatrix = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpochResults", x => new { x.TrainingId, x.Epoch });
                    table.ForeignKey(
                        name: "FK_EpochResults_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EpochPredictions",
                columns: table => new
                {
                    TrainingId = table.Column<int>(type: "integer", nullable: false),
                    Epoch = table.Column<int>(type: "integer", nullable: false),
                    ImageCount = table.Column<int>(type: "integer", nullable: false),
                    LogProbabilities = table.Column<byte[]>(type: "bytea", nullable: false),
                    Argmax = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpochPredictions", x => new { x.TrainingId, x.Epoch });
                    table.ForeignKey(
                        name: "FK_EpochPredictions_EpochResults_TrainingId_Epoch",
                        columns: x => new { x.TrainingId, x.Epoch },
                        principalTable: "EpochResults",
                        principalColumns: new[] { "TrainingId", "Epoch" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Datasets",
                columns: new[] { "Id", "DisplayName", "Key" },
                values: new object[,]
                {
                    { 1, "MNIST", "mnist" },
                    { 2, "Fashion-MNIST", "fashion-mnist" }
                });

            migrationBuilder.InsertData(
                table: "RunSettings",
                columns: new[] { "Id", "Epochs", "IsBuiltIn", "LearningRate", "Name", "Seed", "TestEvery", "TrainBatchSize", "TrainSize" },
                values: new object[,]
                {
                    { 1, 4, true, 0.002, "t1", 42, 1, 25, null },
                    { 2, 8, true, 0.001, "t2", 42, 2, 25, null },
                    { 3, 16, true, 0.00050000000000000001, "t3", 42, 4, 25, null },
                    { 4, 2, true, 0.002, "quick", 42, 1, 25, 6000 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_CreatedAt",
                table: "Campaigns",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_DatasetId",
                table: "Campaigns",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_RunSettingsId",
                table: "Campaigns",
                column: "RunSettingsId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_ZooId",
                table: "Campaigns",
                column: "ZooId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTrainings_TrainingId",
                table: "CampaignTrainings",
                column: "TrainingId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_Key",
                table: "Datasets",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Networks_ZooId_Name",
                table: "Networks",
                columns: new[] { "ZooId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Networks_ZooId_ZooNetworkId",
                table: "Networks",
                columns: new[] { "ZooId", "ZooNetworkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RunSettings_Name",
                table: "RunSettings",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_DatasetId",
                table: "Trainings",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_NetworkId_RunSettingsId_DatasetId",
                table: "Trainings",
                columns: new[] { "NetworkId", "RunSettingsId", "DatasetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_RunSettingsId_DatasetId_Status",
                table: "Trainings",
                columns: new[] { "RunSettingsId", "DatasetId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Name",
                table: "Workers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Zoos_Name",
                table: "Zoos",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignTrainings");

            migrationBuilder.DropTable(
                name: "EpochPredictions");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "EpochResults");

            migrationBuilder.DropTable(
                name: "Trainings");

            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropTable(
                name: "Networks");

            migrationBuilder.DropTable(
                name: "RunSettings");

            migrationBuilder.DropTable(
                name: "Zoos");
        }
    }
}
