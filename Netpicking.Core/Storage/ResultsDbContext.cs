using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Netpicking.Core.Storage.Conversions;
using Netpicking.Core.Storage.Entities;

using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// The results database: zoos, networks, run settings, campaigns, trainings and their per-epoch results.
/// Each provider derives its own context (<see cref="SqliteResultsDbContext"/>, <see cref="PostgresResultsDbContext"/>)
/// so its migrations live in their own namespace and never mix with another provider's in this assembly.
/// </summary>
public abstract class ResultsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DatasetEntity> Datasets => Set<DatasetEntity>();

    public DbSet<ZooEntity> Zoos => Set<ZooEntity>();

    public DbSet<NetworkEntity> Networks => Set<NetworkEntity>();

    public DbSet<RunSettingsEntity> RunSettings => Set<RunSettingsEntity>();

    public DbSet<CampaignEntity> Campaigns => Set<CampaignEntity>();

    public DbSet<TrainingEntity> Trainings => Set<TrainingEntity>();

    public DbSet<CampaignTrainingEntity> CampaignTrainings => Set<CampaignTrainingEntity>();

    public DbSet<EpochResultEntity> EpochResults => Set<EpochResultEntity>();

    public DbSet<EpochPredictionsEntity> EpochPredictions => Set<EpochPredictionsEntity>();

    public DbSet<WorkerEntity> Workers => Set<WorkerEntity>();

    /// <summary>
    /// Begins a transaction that no other writer of the store runs beside: a read-then-write inside it cannot
    /// race another process. SQLite's transactions already begin IMMEDIATE (take the write lock up front).
    /// </summary>
    public virtual Task<IDbContextTransaction> BeginWriteTransactionAsync(CancellationToken cancellationToken = default) =>
        Database.BeginTransactionAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ResultsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
