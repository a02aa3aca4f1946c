using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Netpicking.Tests.Data;
using StbImageSharp;

namespace Netpicking.Tests.Functional;

/// <summary>/images/{dataset}/{index}.png on the real app with the real test files.</summary>
[Collection(AppCollection.Name)]
public sealed class ImageEndpointTests(NetpickingAppFactory factory) : IClassFixture<NetpickingAppFactory>
{
    [Fact]
    public async Task ServesTheRealMnistTestImageEnlargedFourTimes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/images/mnist/0.png", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromHours(1));
        var png = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var decoded = ImageResult.FromMemory(png, ColorComponents.Grey);
        Assert.Equal((112, 112), (decoded.Width, decoded.Height));
        AssertScaledCopy(ReadTestImage("mnist", 0), decoded, 4);
    }

    [Theory]
    [InlineData("mnist", 9999, 1)]
    [InlineData("mnist", 18, 10)]
    [InlineData("fashion-mnist", 3, 2)]
    public async Task ScaleSetsTheSizeAndEveryPixelIsTheDatasetsOwn(string dataset, int index, int scale)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();

        var png = await client.GetByteArrayAsync($"/images/{dataset}/{index}.png?scale={scale}", ct);

        var decoded = ImageResult.FromMemory(png, ColorComponents.Grey);
        Assert.Equal((28 * scale, 28 * scale), (decoded.Width, decoded.Height));
        AssertScaledCopy(ReadTestImage(dataset, index), decoded, scale);
    }

    [Fact]
    public async Task ARevalidationWithTheETagGets304()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/images/mnist/7.png", ct);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/images/mnist/7.png");
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        // Another image has another tag, so a cached 7 never stands in for it.
        using var other = await client.GetAsync("/images/mnist/8.png", ct);
        Assert.NotEqual(tag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("/images/mnist/10000.png", "images 0 to 9999")]
    [InlineData("/images/mnist/-1.png", "no image '-1'")]
    [InlineData("/images/mnist/abc.png", "no image 'abc'")]
    [InlineData("/images/emnist/0.png", "no dataset named 'emnist'")]
    [InlineData("/images/..%2F..%2Fetc/0.png", "no dataset named")]
    public async Task UnknownDatasetsAndIndicesGet404WithAPlainMessage(string url, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    [InlineData("big")]
    public async Task ABadScaleGets400(string scale)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/images/mnist/0.png?scale={scale}", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("scale must be a whole number from 1 to 16", await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Latency of a gallery page's worth of images once the dataset is in memory; printed, and bounded loosely.</summary>
    [Fact]
    public async Task AGalleryPageOfImagesIsServedQuickly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        await client.GetByteArrayAsync("/images/mnist/0.png", ct);

        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= 36; i++)
        {
            await client.GetByteArrayAsync($"/images/mnist/{i}.png", ct);
        }

        var each = watch.Elapsed / 36;
        TestContext.Current.TestOutputHelper?.WriteLine($"PNG endpoint: {each.TotalMilliseconds:F2} ms per image (in-process client, dataset loaded)");
        Assert.True(each < TimeSpan.FromMilliseconds(100), $"{each.TotalMilliseconds:F1} ms per image");
    }

    /// <summary>Image <paramref name="index"/> straight from the test images file: 16 header bytes, then 784 bytes an image.</summary>
    private static byte[] ReadTestImage(string dataset, int index)
    {
        var path = Path.Combine(Path.GetDirectoryName(TestDatasets.Folder("mnist"))!, dataset, "t10k-images-idx3-ubyte.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var skip = new byte[16 + index * 784];
        gzip.ReadExactly(skip);
        var image = new byte[784];
        gzip.ReadExactly(image);
        return image;
    }

    private static void AssertScaledCopy(byte[] source, ImageResult decoded, int scale)
    {
        Assert.Contains(source, v => v > 0);
        for (var y = 0; y < decoded.Height; y++)
        {
            for (var x = 0; x < decoded.Width; x++)
            {
                Assert.Equal(source[(y / scale) * 28 + x / scale], decoded.Data[y * decoded.Width + x]);
            }
        }
    }
}
