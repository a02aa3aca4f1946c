using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class ZooUpsertTests
{
    [Fact]
    public async Task EnsuringTheSameZooTwiceChangesNothing()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var rows = StorageTestData.Networks(20);

        var first = await database.Store.Catalog.EnsureZooAsync("mnistk-1001", ZooSource.Builtin, rows, TestContext.Current.CancellationToken);
        var second = await database.Store.Catalog.EnsureZooAsync("mnistk-1001", ZooSource.Builtin, rows, TestContext.Current.CancellationToken);

        Assert.Equal(new ZooUpsertResult(first.ZooId, 20, 0, 0), first);
        Assert.Equal(new ZooUpsertResult(first.ZooId, 0, 0, 20), second);
        Assert.Equal(1, await database.CountAsync("Zoos"));
        Assert.Equal(20, await database.CountAsync("Networks"));
    }

    [Fact]
    public async Task UpdatesChangedNetworksAndAddsNewOnesByTheirZooId()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store, networks: 3);
        NetworkRow[] rows = [StorageTestData.Network(0), StorageTestData.Network(1, parameters: 99), StorageTestData.Network(7)];

        var result = await database.Store.Catalog.EnsureZooAsync(StorageTestData.ZooName, ZooSource.Generated, rows, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, 1), (result.Added, result.Updated, result.Unchanged));
        await using var db = database.Factory.CreateDbContext();
        var networks = await db.Networks.AsNoTracking().OrderBy(n => n.ZooNetworkId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0, 1, 2, 7], networks.Select(n => n.ZooNetworkId));
        Assert.Equal(99, networks[1].Params);
        Assert.Equal("""{"id":7,"name":"LinearBias_7"}""", networks[3].SpecLine);
    }

    [Fact]
    public async Task KeepsEveryColumnOfANetworkRow()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var row = new NetworkRow(75, "ResNetStyle_75", "ResNet", "ResNetStyle", "ReLU", "{\"id\":75}", 531_605, 254_083, 28, 19, 5);

        await database.Store.Catalog.EnsureZooAsync("z", ZooSource.Imported, [row], TestContext.Current.CancellationToken);

        await using var db = database.Factory.CreateDbContext();
        var stored = await db.Networks.AsNoTracking().Include(n => n.Zoo).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(row, new NetworkRow(stored.ZooNetworkId, stored.Name, stored.Group, stored.Form, stored.Activation, stored.SpecLine,
            stored.Params, stored.MemoryElements, stored.Ops, stored.Layers, stored.Depth));
        Assert.Equal(ZooSource.Imported, stored.Zoo!.Source);
        Assert.Equal(DateTimeKind.Utc, stored.Zoo.CreatedAt.Kind);
    }

    [Fact]
    public async Task RejectsDuplicateIdsInTheInput()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Catalog.EnsureZooAsync(
            "z", ZooSource.Generated, [StorageTestData.Network(1, "a"), StorageTestData.Network(1, "b")], TestContext.Current.CancellationToken));

        Assert.Contains("Network id 1 appears more than once", error.Message);
        Assert.Equal(0, await database.CountAsync("Zoos"));
    }
}
