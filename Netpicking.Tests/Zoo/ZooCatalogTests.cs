using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

public class ZooCatalogTests
{
    [Fact]
    public void ListsReferenceZoo() => Assert.Contains(ZooCatalog.Mnistk1001, ZooCatalog.Default.Names);

    [Fact]
    public void ParsesOnceAndShares()
    {
        var zoos = Enumerable.Range(0, 8).AsParallel().Select(_ => new ZooCatalog().Get(ZooCatalog.Mnistk1001)).ToList();

        Assert.All(zoos, zoo => Assert.Same(zoos[0], zoo));
        Assert.Equal(1001, zoos[0].Networks.Length);
    }

    [Fact]
    public void UnknownZooListsKnownNames()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => ZooCatalog.Default.Get("mnistk-9"));

        Assert.Equal("Unknown zoo 'mnistk-9'. Known zoos: mnistk-1001.", ex.Message);
    }

    [Fact]
    public void FindsNetworkByIdAndByName()
    {
        var byName = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Conv1dBias_10");

        Assert.Equal(2, byName.Id);
        Assert.Same(byName, ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, 2));
        Assert.Throws<KeyNotFoundException>(() => ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, 1001));
        Assert.Throws<KeyNotFoundException>(() => ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Nope_1"));
    }
}
