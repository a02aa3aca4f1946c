using System.Globalization;
using System.Security.Cryptography;

namespace Netpicking.Core.Data;

/// <summary>
/// Downloads a dataset's four files from its mirrors into a folder. Each file is written to a temporary
/// file in the target folder while its MD5 is computed, and renamed into place only when size and MD5
/// match the registry, so a failed or corrupt download never leaves a file that looks complete.
/// The <see cref="HttpClient"/> is injected so tests can fake the network.
/// </summary>
public sealed class DatasetDownloader(HttpClient httpClient)
{
    private const int CopyBufferBytes = 1 << 16;
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(10) });

    /// <summary>A downloader on one process-wide <see cref="HttpClient"/> (for use without dependency injection).</summary>
    public static DatasetDownloader CreateDefault() => new(SharedClient.Value);

    /// <summary>Downloads every file of <paramref name="info"/> that <paramref name="folder"/> lacks or holds in another version.</summary>
    public async Task DownloadAsync(DatasetInfo info, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in info.Files.All)
        {
            var target = Path.Combine(folder, file.FileName);
            if (File.Exists(target) && new FileInfo(target).Length == file.Size && FileChecksum.Md5Hex(target) == file.Md5)
            {
                continue;
            }

            await DownloadFileAsync(info, file, target, cancellationToken);
        }
    }

    private async Task DownloadFileAsync(DatasetInfo info, DatasetFile file, string target, CancellationToken cancellationToken)
    {
        if (info.MirrorBaseUrls.IsDefaultOrEmpty)
        {
            throw new DatasetException($"The {info.Describe(file)} file {target} is missing and {info.DisplayName} has no mirrors to download it from.");
        }

        var failures = new List<string>();
        foreach (var mirror in info.MirrorBaseUrls)
        {
            var url = new Uri(mirror, file.FileName);
            try
            {
                await DownloadFromAsync(info, file, url, target, cancellationToken);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested &&
                                      e is HttpRequestException or IOException or DatasetException or TaskCanceledException)
            {
                failures.Add($"{url}: {e.Message}");
            }
        }

        throw new DatasetException(
            $"Could not download the {info.Describe(file)} file to {target}; nothing was written. Tried:" +
            string.Concat(failures.Select(failure => $"{Environment.NewLine}  - {failure}")));
    }

    private async Task DownloadFromAsync(DatasetInfo info, DatasetFile file, Uri url, string target, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(target)!;
        // Same folder as the target, so the final rename is atomic (one file system); hidden and unique
        // so that it is never mistaken for a dataset file and two processes do not collide.
        var temporary = Path.Combine(folder, $".{file.FileName}.{Guid.NewGuid():N}.part");
        try
        {
            using (var response = await httpClient.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
            {
                response.EnsureSuccessStatusCode();
                await using var input = await response.Content.ReadAsStreamAsync(cancellationToken);
                await using var output = new FileStream(
                    temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferBytes, useAsync: true);
                using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);

                var buffer = new byte[CopyBufferBytes];
                long total = 0;
                int read;
                while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > file.Size)
                    {
                        throw new DatasetException($"the download is larger than the expected {N(file.Size)} bytes");
                    }

                    md5.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (total != file.Size)
                {
                    throw new DatasetException($"the download ended after {N(total)} of {N(file.Size)} bytes");
                }

                var actual = Convert.ToHexStringLower(md5.GetHashAndReset());
                if (!string.Equals(actual, file.Md5, StringComparison.OrdinalIgnoreCase))
                {
                    throw new DatasetException($"the download has MD5 {actual}, expected {file.Md5} ({info.DisplayName} {file.FileName})");
                }

                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the hidden .part name keeps a leftover from ever being read as a dataset file.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
