using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class DatasetRegistryTests
{
    [Fact]
    public void DefaultIsMnist()
    {
        var mnist = new DatasetRegistry().Default;

        Assert.Equal("mnist", mnist.Name);
        Assert.Equal(new Normalisation(0.1307, 0.3081), mnist.Normalisation);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], mnist.ClassNames);
        Assert.Equal("f68b3c2dcbeaaa9fbdd348bbdeb94873", mnist.Files.TrainImages.Md5);
    }

    [Fact]
    public void KnowsFashionMnistByNameInAnyCase()
    {
        var fashion = new DatasetRegistry().Get("Fashion-MNIST");

        Assert.Equal("Ankle boot", fashion.ClassNames[9]);
        Assert.Equal(26_421_880, fashion.Files.TrainImages.Size);
    }

    [Fact]
    public void UnknownNameListsKnownNames()
    {
        var error = Assert.Throws<DatasetException>(() => new DatasetRegistry().Get("cifar10"));

        Assert.Equal("Unknown dataset 'cifar10'. Known datasets: mnist, fashion-mnist.", error.Message);
    }

    [Fact]
    public void ConfiguredMirrorsReplaceDefaults()
    {
        var options = new DataOptions { Mirrors = new() { ["mnist"] = ["https://mirror.example/mnist"] } };

        var registry = new DatasetRegistry(options);

        Assert.Equal([new Uri("https://mirror.example/mnist/")], registry.Get("mnist").MirrorBaseUrls);
        Assert.Equal(DatasetRegistry.FashionMnist.MirrorBaseUrls, registry.Get("fashion-mnist").MirrorBaseUrls);
    }

    [Fact]
    public void NormalisationMatchesSpec()
    {
        var normalisation = DatasetRegistry.Mnist.Normalisation;
        var pixels = new byte[] { 0, 128, 255 };
        var normalised = new float[3];

        normalisation.Apply(pixels, normalised);

        Assert.Equal((0f - 0.1307f) / 0.3081f, normalised[0]);
        Assert.Equal(((255 / 255f) - 0.1307f) / 0.3081f, normalised[2]);
        Assert.Equal(normalisation.Apply(128), normalised[1]);
    }
}
