using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using Microsoft.Net.Http.Headers;
using Netpicking.Core.Data;
using Netpicking.Core.Images;

namespace Netpicking.Web.Endpoints;

/// <summary>
/// Test images as PNG: <c>/images/{dataset}/{index}.png?scale=N</c>, the 28×28 grey image of the dataset's test split
/// enlarged N times (4 by default) with nearest-neighbour. The dataset is looked up in the registry and only the
/// registry's entry is used to find files, so nothing from the request ever becomes part of a path.
/// </summary>
public static class ImageEndpoints
{
    public const int DefaultScale = 4;

    private const string PlainText = "text/plain; charset=utf-8";

    // The test split of a registered dataset is fixed by its published checksums; a day keeps galleries instant on
    // revisits, and the ETag answers later revalidations with a 304.
    private const string CacheControl = "public, max-age=86400";

    public static IEndpointRouteBuilder MapImageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/images/{dataset}/{index}.png", TestImageAsync);
        return app;
    }

    /// <summary>The address of a test image's PNG, relative to the app's base.</summary>
    public static string Url(string dataset, int index, int scale = DefaultScale) =>
        scale == DefaultScale
            ? $"images/{Uri.EscapeDataString(dataset)}/{index.ToString(CultureInfo.InvariantCulture)}.png"
            : $"images/{Uri.EscapeDataString(dataset)}/{index.ToString(CultureInfo.InvariantCulture)}.png?scale={scale.ToString(CultureInfo.InvariantCulture)}";

    // Index and scale are taken as text so that a bad value gets this endpoint's plain message, not the framework's.
    private static async Task<IResult> TestImageAsync(
        DatasetRegistry registry, DatasetLoader loader, HttpContext http, string dataset, string index, string? scale,
        CancellationToken cancellationToken)
    {
        if (!registry.TryGet(dataset, out var info))
        {
            return NotFound($"There is no dataset named '{dataset}'. Known datasets: {string.Join(", ", registry.Names)}.");
        }

        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var image) || image >= info.TestCount)
        {
            return NotFound($"The {info.DisplayName} test split has images 0 to {info.TestCount - 1}; there is no image '{index}'.");
        }

        var factor = DefaultScale;
        if (scale is not null
            && (!int.TryParse(scale, NumberStyles.None, CultureInfo.InvariantCulture, out factor) || factor < 1 || factor > GreyPng.MaxScale))
        {
            return Results.Text($"scale must be a whole number from 1 to {GreyPng.MaxScale} (got '{scale}').", PlainText, statusCode: StatusCodes.Status400BadRequest);
        }

        LoadedDataset loaded;
        try
        {
            loaded = await loader.LoadAsync(info.Name, cancellationToken);
        }
        catch (DatasetException e)
        {
            return Results.Text(e.Message, PlainText, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (image >= loaded.Test.Count)
        {
            return NotFound($"The {info.DisplayName} test split has images 0 to {loaded.Test.Count - 1}; there is no image '{index}'.");
        }

        var png = GreyPng.Encode(loaded.Test.Image(image), DatasetInfo.ImageColumns, DatasetInfo.ImageRows, factor);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(png));
        http.Response.Headers.CacheControl = CacheControl;
        return Results.File(png, "image/png", entityTag: new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(crc)}\""));
    }

    private static IResult NotFound(string message) => Results.Text(message, PlainText, statusCode: StatusCodes.Status404NotFound);
}
