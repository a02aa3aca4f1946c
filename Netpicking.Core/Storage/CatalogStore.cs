using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// The catalog a training is defined against: zoos and their networks, datasets and run settings. Every method takes its
/// own short-lived context; writes run in one transaction that takes the store's write lock up front.
/// </summary>
public sealed class CatalogStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>
    /// Creates the zoo if needed and inserts or updates its networks by their id inside the zoo. Running it
    /// again with the same rows changes nothing, so the built-in zoo can be ensured at every start-up.
    /// </summary>
    public async Task<ZooUpsertResult> EnsureZooAsync(
        string zooName, ZooSource source, IReadOnlyList<NetworkRow> networks, CancellationToken cancellationToken = default)
    {
        StoreErrors.RequireText(zooName, "A zoo needs a name.", nameof(zooName));
        ValidateNetworkRows(networks);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);

        var zoo = await db.Zoos.SingleOrDefaultAsync(z => z.Name == zooName, cancellationToken);
        if (zoo is null)
        {
            zoo = new ZooEntity { Name = zooName, Source = source, CreatedAt = Now() };
            db.Zoos.Add(zoo);
        }

        var existing = zoo.Id == 0
            ? []
            : await db.Networks.Where(n => n.ZooId == zoo.Id).ToDictionaryAsync(n => n.ZooNetworkId, cancellationToken);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in networks)
        {
            if (!existing.TryGetValue(row.Id, out var network))
            {
                network = new NetworkEntity
                {
                    Zoo = zoo, ZooNetworkId = row.Id, Name = row.Name, Group = row.Group, Form = row.Form,
                    Activation = row.Activation, SpecLine = row.SpecLine,
                };
                db.Networks.Add(network);
                added++;
            }
            else if (Matches(network, row))
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }

            Copy(row, network);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ZooUpsertResult(zoo.Id, added, updated, unchanged);
    }

    /// <summary>
    /// Stores a new zoo with its networks in one transaction; a zoo of that name already stored is an
    /// <see cref="ArgumentException"/> and nothing is written (an imported zoo never changes under its trainings).
    /// </summary>
    public async Task<ZooUpsertResult> CreateZooAsync(
        string zooName, ZooSource source, IReadOnlyList<NetworkRow> networks, CancellationToken cancellationToken = default)
    {
        StoreErrors.RequireText(zooName, "A zoo needs a name.", nameof(zooName));
        ValidateNetworkRows(networks);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.Zoos.AnyAsync(z => z.Name == zooName, cancellationToken))
        {
            throw new ArgumentException($"A zoo named '{zooName}' already exists; choose another name.", nameof(zooName));
        }

        var zoo = new ZooEntity { Name = zooName, Source = source, CreatedAt = Now() };
        db.Zoos.Add(zoo);
        foreach (var row in networks)
        {
            var network = new NetworkEntity
            {
                Zoo = zoo, ZooNetworkId = row.Id, Name = row.Name, Group = row.Group, Form = row.Form, Activation = row.Activation, SpecLine = row.SpecLine,
            };
            Copy(row, network);
            db.Networks.Add(network);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ZooUpsertResult(zoo.Id, networks.Count, 0, 0);
    }

    /// <summary>The names of the stored zoos that came from <paramref name="source"/>, by name.</summary>
    public async Task<IReadOnlyList<string>> ListZooNamesAsync(ZooSource source, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Zoos.AsNoTracking().Where(z => z.Source == source).Select(z => z.Name).ToListAsync(cancellationToken);
        return names.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The JSONL lines of a stored zoo's networks in id order, or null when there is no such zoo.</summary>
    public async Task<IReadOnlyList<string>?> GetZooSpecLinesAsync(string zooName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var zooId = await db.Zoos.Where(z => z.Name == zooName).Select(z => (int?)z.Id).SingleOrDefaultAsync(cancellationToken);
        if (zooId is null)
        {
            return null;
        }

        return await db.Networks.AsNoTracking().Where(n => n.ZooId == zooId).OrderBy(n => n.ZooNetworkId).Select(n => n.SpecLine)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Registers a dataset key (MNIST and Fashion-MNIST are seeded); returns its row id.</summary>
    public async Task<int> EnsureDatasetAsync(string key, string displayName, CancellationToken cancellationToken = default)
    {
        StoreErrors.RequireText(key, "A dataset needs a key.", nameof(key));
        StoreErrors.RequireText(displayName, "A dataset needs a display name.", nameof(displayName));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var dataset = await db.Datasets.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (dataset is null)
        {
            dataset = new DatasetEntity { Key = key, DisplayName = displayName };
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return dataset.Id;
    }

    public async Task<RunSettings?> GetRunSettingsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.RunSettings.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        return entity?.ToSettings();
    }

    /// <summary>All run settings, built-in first, then by name.</summary>
    public async Task<IReadOnlyList<RunSettings>> ListRunSettingsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.RunSettings.AsNoTracking()
            .OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return entities.Select(e => e.ToSettings()).ToList();
    }

    /// <summary>Stores user-defined run settings; invalid values give an <see cref="ArgumentException"/> saying which.</summary>
    public async Task<RunSettings> CreateRunSettingsAsync(RunSettings settings, CancellationToken cancellationToken = default)
    {
        ValidateRunSettings(settings);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.RunSettings.AnyAsync(r => r.Name == settings.Name, cancellationToken))
        {
            throw new ArgumentException($"Run settings named '{settings.Name}' already exist; choose another name.", nameof(settings));
        }

        var entity = RunSettingsEntity.From(settings);
        db.RunSettings.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity.ToSettings();
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    private static void ValidateNetworkRows(IReadOnlyList<NetworkRow> networks)
    {
        foreach (var row in networks)
        {
            if (string.IsNullOrWhiteSpace(row.Name) || string.IsNullOrWhiteSpace(row.SpecLine))
            {
                throw new ArgumentException($"Network {row.Id} needs a name and a spec line.", nameof(networks));
            }
        }

        var duplicateId = networks.GroupBy(n => n.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new ArgumentException($"Network id {duplicateId.Key} appears more than once.", nameof(networks));
        }

        var duplicateName = networks.GroupBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null)
        {
            throw new ArgumentException($"Network name '{duplicateName.Key}' appears more than once.", nameof(networks));
        }
    }

    private static void ValidateRunSettings(RunSettings settings)
    {
        var problems = settings.Problems().ToList();
        if (settings.IsBuiltIn)
        {
            problems.Add("Only the seeded run settings (t1, t2, t3, quick) are built-in.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(settings));
        }
    }

    private static bool Matches(NetworkEntity n, NetworkRow r) =>
        n.Name == r.Name && n.Group == r.Group && n.Form == r.Form && n.Activation == r.Activation && n.SpecLine == r.SpecLine &&
        n.Params == r.Params && n.MemoryElements == r.MemoryElements && n.Ops == r.Ops && n.Layers == r.Layers && n.Depth == r.Depth;

    private static void Copy(NetworkRow r, NetworkEntity n)
    {
        n.Name = r.Name;
        n.Group = r.Group;
        n.Form = r.Form;
        n.Activation = r.Activation;
        n.SpecLine = r.SpecLine;
        n.Params = r.Params;
        n.MemoryElements = r.MemoryElements;
        n.Ops = r.Ops;
        n.Layers = r.Layers;
        n.Depth = r.Depth;
    }
}
