using Microsoft.EntityFrameworkCore;

namespace Netpicking.Core.Storage;

/// <summary>
/// The results store, one part per aggregate over the same context factory (ADR 0015): the catalog (zoos, datasets, run
/// settings), campaigns, trainings (leases and heartbeats) and epochs (results and predictions). Every method of every
/// part takes its own short-lived context, so one instance serves concurrent jobs and components. Writes that belong
/// together run in one transaction that takes the store's write lock up front (BEGIN IMMEDIATE on SQLite, an advisory
/// lock on PostgreSQL), so a read-then-write inside it cannot race another worker or machine.
/// </summary>
public sealed class ResultsStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    public CatalogStore Catalog { get; } = new(contextFactory, timeProvider);

    public CampaignStore Campaigns { get; } = new(contextFactory, timeProvider);

    public TrainingStore Trainings { get; } = new(contextFactory, timeProvider);

    public EpochStore Epochs { get; } = new(contextFactory, timeProvider);
}
