using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class DataServiceCollectionExtensionsTests
{
    [Fact]
    public void ResolvesDataServices()
    {
        using var provider = new ServiceCollection()
            .AddNetpickingData(new DataOptions { DataFolder = "somewhere" })
            .BuildServiceProvider();

        Assert.Equal(["mnist", "fashion-mnist"], provider.GetRequiredService<DatasetRegistry>().Names);
        Assert.NotNull(provider.GetRequiredService<DatasetLoader>());
        Assert.NotNull(provider.GetRequiredService<DatasetVerifier>());
        Assert.EndsWith(Path.Combine("somewhere", "mnist"), provider.GetRequiredService<DatasetLocator>().DataFolderFor(DatasetRegistry.Mnist));
    }
}
