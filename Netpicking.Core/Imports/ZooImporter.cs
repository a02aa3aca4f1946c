using System.Text;
using System.Text.RegularExpressions;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Imports;

/// <summary>
/// Turns an uploaded JSONL file (docs/product.md#the-reference-zoo-mnistk-1001) into a stored zoo that can be trained like a built-in one. Everything
/// is checked before anything is stored: the size, the text encoding, every line (shapes inferred, ids and names
/// unique), the number of networks and each network's size; the name becomes a zoo name, never a file name.
/// </summary>
public sealed partial class ZooImporter(ResultsStore store)
{
    /// <summary>Twice the built-in 1001-network zoo (0.9 MB) and then some.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    public const int MaxNetworks = 5_000;

    /// <summary>About four times the largest built-in network (4.7 M): larger ones would not train on a laptop.</summary>
    public const long MaxParamsPerNetwork = 20_000_000;

    public const int MaxNameLength = 64;

    public async Task<ZooImportResult> ImportAsync(string zooName, Stream content, CancellationToken cancellationToken = default)
    {
        var name = CheckName(zooName);
        var text = await ReadTextAsync(content, cancellationToken);
        IReadOnlyList<NetworkSpec> networks;
        try
        {
            networks = ZooJsonl.Read(text);
        }
        catch (ZooFormatException ex)
        {
            throw new ZooImportException($"The file is not a valid zoo: {ex.Message}", ex, ex.Lines);
        }

        if (networks.Count == 0)
        {
            throw new ZooImportException("The file holds no network: one JSON object per line is expected, in the format of the built-in zoos.");
        }

        if (networks.Count > MaxNetworks)
        {
            throw new ZooImportException($"The file holds {networks.Count:N0} networks; at most {MaxNetworks:N0} can be imported at once.");
        }

        var rows = networks.Select(CampaignService.ToRow).ToList();
        var largest = rows.MaxBy(r => r.Params)!;
        if (largest.Params > MaxParamsPerNetwork)
        {
            throw new ZooImportException(
                $"Network {largest.Id} ({largest.Name}) has {largest.Params:N0} parameters; at most {MaxParamsPerNetwork:N0} are accepted.");
        }

        try
        {
            await store.Catalog.CreateZooAsync(name, ZooSource.Imported, rows, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            throw new ZooImportException(ex.Message, ex);
        }

        return new ZooImportResult(name, rows.Count, largest.Params);
    }

    /// <summary>Letters, digits, '.', '_' and '-', starting with a letter or digit: a name, never a path.</summary>
    public static string CheckName(string? zooName)
    {
        var name = zooName?.Trim() ?? "";
        if (!ZooName().IsMatch(name))
        {
            throw new ZooImportException(
                $"A zoo name is 1 to {MaxNameLength} letters, digits, '.', '_' or '-', starting with a letter or digit (got '{Shorten(name)}').");
        }

        if (ZooCatalog.Default.Contains(name))
        {
            throw new ZooImportException($"'{name}' is a built-in zoo; choose another name.");
        }

        return name;
    }

    private static async Task<string> ReadTextAsync(Stream content, CancellationToken cancellationToken)
    {
        // Read one byte past the limit, whatever the stream claims its length is.
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new ZooImportException($"The file is larger than {MaxBytes / (1024 * 1024)} MiB; split it into smaller zoos.");
            }
        }

        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ZooImportException("The file is not UTF-8 text: a zoo is a JSONL file, one JSON object per line.", ex);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ZooName();
}
