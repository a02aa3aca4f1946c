using System.Diagnostics;
using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;
using TorchSharp;

namespace Netpicking.Tests.Training;

/// <summary>
/// Input gradients from kept weights. Weights are the seeded initial ones of each network, saved to a temporary folder the
/// way training keeps them, so no training is needed: the maths does not care whether the weights were trained.
/// </summary>
public sealed class InputGradientTests : IDisposable
{
    private const string Zoo = ZooCatalog.Mnistk1001;
    private readonly TempFolder folder = new();
    private readonly KeptWeights kept;

    public InputGradientTests()
    {
        kept = new KeptWeights(folder.Sub("weights"));
    }

    private static NetworkSpec Network(string name) => ZooCatalog.Default.GetNetwork(Zoo, name);

    private static WeightsKey KeyOf(NetworkSpec spec) => new(Zoo, "mnist", "test", spec.Id);

    private static Task<LoadedDataset> Mnist() =>
        DatasetLoader.LoadFolderAsync(DatasetRegistry.Mnist, TestDatasets.Folder("mnist"), TestContext.Current.CancellationToken);

    private InputGradientService Service() => new(kept, new DatasetLoader(LocatorFor(TestDatasets.Folder("mnist"))));

    private static DatasetLocator LocatorFor(string datasetFolder)
    {
        var options = new DataOptions { DatasetsFolder = Path.GetDirectoryName(datasetFolder), DataFolder = Path.GetTempPath() };
        return new DatasetLocator(options, new DatasetRegistry(options), environment: _ => null);
    }

    private void SaveSeeded(NetworkSpec spec, int seed)
    {
        using var module = NetworkModuleBuilder.Build(spec, seed);
        KeptWeights.Save(module, kept.PathFor(KeyOf(spec)));
    }

    [Fact]
    public async Task BasicGradientsMatchTheAnalyticGradientOfALinearSoftmaxModel()
    {
        // Basic is view → Linear(784, 10) → LogSoftmax: log p = z − logsumexp(z), z = W·n + b with n = (x − mean) / std and
        // x = pixel / 255. So ∂ log p(c) / ∂ x_j = (W[c, j] − Σ_k p_k W[k, j]) / std.
        var spec = Network("Basic");
        Assert.Equal(["view", "Linear", "flatten", "LogSoftmax"], spec.Layers.Select(l => l.Op));
        SaveSeeded(spec, seed: 3);
        var (w, b) = LinearWeights(spec);
        var mnist = await Mnist();
        using var service = Service();

        foreach (var image in new[] { 0, 1, 4242 })
        {
            var result = await service.ComputeAsync(KeyOf(spec), image, TestContext.Current.CancellationToken);

            Assert.NotNull(result);
            Assert.Equal(mnist.Test.Labels[image], result.Label);
            var pixels = mnist.Test.Image(image);
            var n = new double[784];
            for (var j = 0; j < 784; j++)
            {
                n[j] = mnist.Normalisation.Apply(pixels[j]);
            }

            var z = Enumerable.Range(0, 10).Select(c => b[c] + Enumerable.Range(0, 784).Sum(j => w[c * 784 + j] * n[j])).ToArray();
            var max = z.Max();
            var sum = z.Sum(v => Math.Exp(v - max));
            var p = z.Select(v => Math.Exp(v - max) / sum).ToArray();
            var worst = 0.0;
            for (var c = 0; c < 10; c++)
            {
                Assert.Equal(p[c], result.Probabilities[c], 1e-6);
                for (var j = 0; j < 784; j++)
                {
                    var mixed = Enumerable.Range(0, 10).Sum(k => p[k] * w[k * 784 + j]);
                    var expected = (w[c * 784 + j] - mixed) / mnist.Normalisation.Std;
                    worst = Math.Max(worst, Math.Abs(expected - result.Of(c)[j]));
                }
            }

            Assert.True(worst < 1e-5, $"image {image}: largest difference {worst}");
        }
    }

    public static TheoryData<string> OnePerFamily =>
        new(Families.All.Select(f => ZooCatalog.Default.Get(Zoo).Networks.Where(n => n.Group == f)
            .MinBy(n => StaticMetricsCalculator.Compute(n).Params)!.Name));

    [Theory]
    [MemberData(nameof(OnePerFamily))]
    public async Task EveryFamilyGivesTenMapsOf28By28AndTenProbabilities(string name)
    {
        var spec = Network(name);
        SaveSeeded(spec, seed: 11);
        using var service = Service();

        var result = await service.ComputeAsync(KeyOf(spec), 7, TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.Equal(10 * 28 * 28, result.Gradients.Length);
        Assert.Equal(784, result.Pixels.Length);
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(28 * 28, result.Of(c).Length));
        Assert.All(result.Gradients, g => Assert.True(float.IsFinite(g)));
        Assert.Equal(1.0, result.Probabilities.Sum(), 1e-4);
        // Σ_c p_c ∂ log p_c / ∂x = ∂ Σ_c p_c / ∂x = 0: the maps, weighted by the probabilities, cancel pixel by pixel.
        var scale = result.MaxAbs();
        Assert.True(scale > 0, "every gradient is zero");
        for (var j = 0; j < 784; j++)
        {
            var weighted = Enumerable.Range(0, 10).Sum(c => (double)result.Probabilities[c] * result.Of(c)[j]);
            Assert.True(Math.Abs(weighted) < 1e-4 * Math.Max(scale, 1), $"pixel {j}: Σ p·grad = {weighted}");
        }
    }

    [Fact]
    public async Task ASmoothNetworkMatchesFiniteDifferences()
    {
        // Tanh everywhere, so a central difference along the gradient of the answer's log-probability gives its length.
        var spec = ZooCatalog.Default.Get(Zoo).Networks.Where(n => n.Form == "Conv2dTanh").MinBy(n => StaticMetricsCalculator.Compute(n).Params)!;
        SaveSeeded(spec, seed: 5);
        var mnist = await Mnist();
        using var service = Service();
        var result = (await service.ComputeAsync(KeyOf(spec), 3, TestContext.Current.CancellationToken))!;
        var answer = result.Answer;
        var g = result.Of(answer).ToArray();
        var length = Math.Sqrt(g.Sum(v => (double)v * v));

        using var module = NetworkModuleBuilder.Build(spec);
        module.load(kept.PathFor(KeyOf(spec)));
        module.eval();
        double LogP(double step)
        {
            using var scope = torch.NewDisposeScope();
            using var noGrad = torch.no_grad();
            var pixels = mnist.Test.Image(3);
            var input = new float[784];
            for (var j = 0; j < 784; j++)
            {
                var x = (pixels[j] / 255.0) + (step * g[j] / length);
                input[j] = (float)((x - mnist.Normalisation.Mean) / mnist.Normalisation.Std);
            }

            return module.forward(torch.tensor(input, [1, 784]))[0, answer].item<float>();
        }

        const double h = 1e-2;
        var slope = (LogP(h) - LogP(-h)) / (2 * h);
        Assert.Equal(length, slope, length * 0.02);
    }

    [Fact]
    public async Task RepeatedImagesReuseTheLoadedModuleAndRewrittenWeightsAreReloaded()
    {
        var basic = Network("Basic");
        var linear = ZooCatalog.Default.Get(Zoo).Networks.First(n => n.Group == Families.Linear);
        SaveSeeded(basic, 1);
        SaveSeeded(linear, 1);
        using var service = new InputGradientService(kept, new DatasetLoader(LocatorFor(TestDatasets.Folder("mnist")))) { CacheSize = 1 };
        var ct = TestContext.Current.CancellationToken;

        var first = await service.ComputeAsync(KeyOf(basic), 0, ct);
        await service.ComputeAsync(KeyOf(basic), 1, ct);
        Assert.Equal(1, service.Loads);

        // A cache of one: the other network pushes Basic out, and Basic comes back from disk.
        await service.ComputeAsync(KeyOf(linear), 0, ct);
        var again = await service.ComputeAsync(KeyOf(basic), 0, ct);
        Assert.Equal(3, service.Loads);
        Assert.Equal(first!.Gradients, again!.Gradients);

        // Retrained (other weights written in place): the new file is read, not the cached module.
        File.SetLastWriteTimeUtc(kept.PathFor(KeyOf(basic)), DateTime.UtcNow.AddMinutes(-5));
        SaveSeeded(basic, 2);
        var retrained = await service.ComputeAsync(KeyOf(basic), 0, ct);
        Assert.Equal(4, service.Loads);
        Assert.NotEqual(first.Gradients, retrained!.Gradients);
    }

    [Fact]
    public async Task WarmingUpRunsOncePerService()
    {
        using var service = Service();

        var first = service.WarmUpAsync();
        Assert.Same(first, service.WarmUpAsync());
        await first.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(0, service.Loads);
    }

    [Fact]
    public async Task WithoutKeptWeightsThereIsNoAnswer()
    {
        using var service = Service();

        Assert.Null(await service.ComputeAsync(KeyOf(Network("Basic")), 0, TestContext.Current.CancellationToken));
        Assert.Equal(0, service.Loads);
    }

    /// <summary>Explicit: times ResNetStyle_75, the zoo's heaviest ResNet, cold (build + load + gradients) and warm.</summary>
    [Fact(Explicit = true)]
    public async Task ResNetStyle75Timing()
    {
        var spec = Network("ResNetStyle_75");
        SaveSeeded(spec, 1);
        var other = ZooCatalog.Default.Get(Zoo).Networks.Where(n => n.Group == Families.ResNet).MinBy(n => StaticMetricsCalculator.Compute(n).Params)!;
        SaveSeeded(other, 1);
        using var service = Service();
        var ct = TestContext.Current.CancellationToken;
        await Mnist();
        // The process's first gradients pay for libtorch's lazy start-up of the conv and batch-norm kernels (once per
        // process, whatever the shapes): warm up on the smallest ResNet and time that apart.
        var first = Stopwatch.StartNew();
        await service.ComputeAsync(KeyOf(other), 0, ct);
        first.Stop();

        // Wall time suffers from whatever else the machine runs; process CPU time is the work itself.
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var cold = Stopwatch.StartNew();
        await service.ComputeAsync(KeyOf(spec), 0, ct);
        cold.Stop();
        process.Refresh();
        var coldCpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var warm = new List<double>();
        var warmCpu = new List<double>();
        for (var image = 1; image <= 10; image++)
        {
            process.Refresh();
            cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await service.ComputeAsync(KeyOf(spec), image, ct);
            warm.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            warmCpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        warm.Sort();
        warmCpu.Sort();
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"ResNetStyle_75 ({StaticMetricsCalculator.Compute(spec).Params:N0} params), torch threads {torch.get_num_threads()}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}: " +
            $"process's first gradient ({other.Name}) {first.Elapsed.TotalMilliseconds:F0} ms; cold (build + load + first pass) {cold.Elapsed.TotalMilliseconds:F0} ms wall, {coldCpu:F0} ms CPU; " +
            $"warm median {warm[warm.Count / 2]:F0} ms wall (min {warm[0]:F0}, max {warm[^1]:F0}), {warmCpu[warmCpu.Count / 2]:F0} ms CPU");
        Assert.True(warm[warm.Count / 2] < 1000);
    }

    private (double[] W, double[] B) LinearWeights(NetworkSpec spec)
    {
        using var module = NetworkModuleBuilder.Build(spec);
        module.load(kept.PathFor(KeyOf(spec)));
        var parameters = module.named_parameters().ToDictionary(p => p.name.Split('.')[^1], p => p.parameter.data<float>().Select(v => (double)v).ToArray());
        return (parameters["weight"], parameters["bias"]);
    }

    public void Dispose() => folder.Dispose();
}
