using Netpicking.Core.Storage;

using Netpicking.Core.Training;

namespace Netpicking.Tests.Storage;

public sealed class RunSettingsTests
{
    [Fact]
    public async Task GetsBuiltInSettingsByName()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var quick = await database.Store.Catalog.GetRunSettingsAsync("quick", TestContext.Current.CancellationToken);

        Assert.Equal(new RunSettings("quick", 2, 1, 0.002, 25, 6_000, 42, IsBuiltIn: true), quick);
        Assert.Null(await database.Store.Catalog.GetRunSettingsAsync("nope", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreatesUserDefinedSettings()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var settings = new RunSettings("mine", 3, 3, 0.01, 50, 10, 7);

        var created = await database.Store.Catalog.CreateRunSettingsAsync(settings, TestContext.Current.CancellationToken);

        Assert.Equal(settings, created);
        Assert.Equal(settings, await database.Store.Catalog.GetRunSettingsAsync("mine", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(0, 1, 0.001, 25, null, "Epochs must be at least 1")]
    [InlineData(4, 0, 0.001, 25, null, "Test every must be between 1 and the number of epochs")]
    [InlineData(4, 5, 0.001, 25, null, "Test every must be between 1 and the number of epochs")]
    [InlineData(4, 1, 0.0, 25, null, "learning rate must be greater than 0")]
    [InlineData(4, 1, -0.1, 25, null, "learning rate must be greater than 0")]
    [InlineData(4, 1, 0.001, 0, null, "batch size must be at least 1")]
    [InlineData(4, 1, 0.001, 25, 9, "training-set size")]
    [InlineData(4, 1, 0.001, 25, 60_001, "training-set size")]
    public async Task RejectsInvalidSettingsWithAPlainMessage(int epochs, int testEvery, double lr, int batch, int? trainSize, string expected)
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Catalog.CreateRunSettingsAsync(
            new RunSettings("bad", epochs, testEvery, lr, batch, trainSize, 42), TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message);
        Assert.Null(await database.Store.Catalog.GetRunSettingsAsync("bad", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RejectsATakenName()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Catalog.CreateRunSettingsAsync(
            new RunSettings("t1", 1, 1, 0.1, 25, null, 42), TestContext.Current.CancellationToken));

        Assert.Contains("already exist", error.Message);
    }

    [Fact]
    public void KnowsWhichEpochsAreTested()
    {
        var t2 = new RunSettings("t2", 8, 2, 0.001, 25, null, 42, IsBuiltIn: true);

        Assert.Equal([2, 4, 6, 8], Enumerable.Range(0, 10).Where(t2.IsTestedEpoch));
    }
}
