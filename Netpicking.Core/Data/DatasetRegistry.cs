using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Netpicking.Core.Data;

/// <summary>
/// The datasets Netpicking knows by name. Mirrors can be replaced per dataset through
/// <see cref="DataOptions.Mirrors"/> (e.g. an internal mirror on machines behind a proxy).
/// </summary>
public sealed class DatasetRegistry
{
    public const string DefaultName = "mnist";

    /// <summary>MNIST as published by LeCun, Cortes and Burges; sizes and MD5s as published with the files.</summary>
    public static readonly DatasetInfo Mnist = new(
        Name: "mnist",
        DisplayName: "MNIST",
        ClassNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
        Normalisation: new Normalisation(0.1307, 0.3081),
        Files: new DatasetFiles(
            new DatasetFile(DatasetFileKind.TrainImages, DatasetFiles.TrainImagesName, 9_912_422, "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
            new DatasetFile(DatasetFileKind.TrainLabels, DatasetFiles.TrainLabelsName, 28_881, "d53e105ee54ea40749a09fcbcd1e9432"),
            new DatasetFile(DatasetFileKind.TestImages, DatasetFiles.TestImagesName, 1_648_877, "9fb629c4189551a2d022fa330f9573f3"),
            new DatasetFile(DatasetFileKind.TestLabels, DatasetFiles.TestLabelsName, 4_542, "ec29112dd5afa0611ce80d1b7f02629c")),
        TrainCount: 60_000,
        TestCount: 10_000,
        // The mirrors torchvision's MNIST class uses, in its order.
        MirrorBaseUrls: [new Uri("https://ossci-datasets.s3.amazonaws.com/mnist/"), new Uri("http://yann.lecun.com/exdb/mnist/")]);

    /// <summary>
    /// Fashion-MNIST by Zalando Research. Mean and std are of pixel/255 over all 47,040,000 training pixels
    /// (population std), computed once from train-images-idx3-ubyte.gz with a Python one-liner
    /// (0.28604059698879553, 0.35302424451492237) and rounded to four digits like MNIST's;
    /// FashionMnistNormalisationMatchesTrainingSet recomputes them from the real file.
    /// </summary>
    public static readonly DatasetInfo FashionMnist = new(
        Name: "fashion-mnist",
        DisplayName: "Fashion-MNIST",
        ClassNames: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
        Normalisation: new Normalisation(0.2860, 0.3530),
        Files: new DatasetFiles(
            new DatasetFile(DatasetFileKind.TrainImages, DatasetFiles.TrainImagesName, 26_421_880, "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
            new DatasetFile(DatasetFileKind.TrainLabels, DatasetFiles.TrainLabelsName, 29_515, "25c81989df183df01b3e8a0aad5dffbe"),
            new DatasetFile(DatasetFileKind.TestImages, DatasetFiles.TestImagesName, 4_422_102, "bef4ecab320f06d8554ea6380940ec79"),
            new DatasetFile(DatasetFileKind.TestLabels, DatasetFiles.TestLabelsName, 5_148, "bb300cfdad3c16e7a12a480ee83cd310")),
        TrainCount: 60_000,
        TestCount: 10_000,
        // The authors' GitHub-hosted files first, then the mirror torchvision's FashionMNIST class uses.
        MirrorBaseUrls:
        [
            new Uri("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"),
            new Uri("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
        ]);

    private readonly ImmutableArray<DatasetInfo> datasets;

    public DatasetRegistry()
        : this(new DataOptions())
    {
    }

    public DatasetRegistry(DataOptions options)
        : this(options, [Mnist, FashionMnist])
    {
    }

    /// <summary>A registry of other datasets (any four 28×28, 10-class IDX files with known sizes and MD5s).</summary>
    public DatasetRegistry(DataOptions options, IEnumerable<DatasetInfo> datasets)
    {
        this.datasets = [.. datasets.Select(info => WithConfiguredMirrors(info, options))];
        var duplicate = this.datasets.GroupBy(info => info.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The dataset name '{duplicate.Key}' is registered twice.", nameof(datasets));
        }
    }

    public IReadOnlyList<DatasetInfo> All => datasets;

    public IEnumerable<string> Names => datasets.Select(info => info.Name);

    public DatasetInfo Default => Get(DefaultName);

    public bool TryGet(string name, [NotNullWhen(true)] out DatasetInfo? info)
    {
        info = datasets.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return info is not null;
    }

    public DatasetInfo Get(string name)
    {
        if (TryGet(name, out var info))
        {
            return info;
        }

        throw new DatasetException($"Unknown dataset '{name}'. Known datasets: {string.Join(", ", Names)}.");
    }

    private static DatasetInfo WithConfiguredMirrors(DatasetInfo info, DataOptions options)
    {
        var configured = options.Mirrors?
            .FirstOrDefault(pair => string.Equals(pair.Key, info.Name, StringComparison.OrdinalIgnoreCase)).Value;
        if (configured is null || configured.Length == 0)
        {
            return info;
        }

        // A base URL without a trailing slash would drop its last segment when the file name is appended.
        return info with
        {
            MirrorBaseUrls = [.. configured.Select(url => new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute))],
        };
    }
}
