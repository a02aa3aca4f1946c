using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Netpicking.Core.Compute;

/// <summary>
/// Choices measured once per key on this machine and remembered in a JSON file of the data folder, so that later runs
/// (and other processes on the same machine) make the same choice without measuring: the same network computes the same
/// way, and gives the same numbers, every time. Each key is measured once per process even when asked for at once.
/// </summary>
public sealed class MeasuredChoices<T>(string? file)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ConcurrentDictionary<string, Lazy<T>> choices = new(Load(file).ToDictionary(c => c.Key, c => new Lazy<T>(c.Value)));
    private readonly Lock fileGate = new();

    /// <summary>Seconds spent measuring in this process.</summary>
    public double MeasuringSeconds { get; private set; }

    /// <summary>The choices made so far (read from the file or measured).</summary>
    public IReadOnlyDictionary<string, T> Known => choices.Where(c => c.Value.IsValueCreated).ToDictionary(c => c.Key, c => c.Value.Value);

    public T Get(string key, Func<T> measure) =>
        choices.GetOrAdd(key, k => new Lazy<T>(() => MeasureAndSave(k, measure))).Value;

    private T MeasureAndSave(string key, Func<T> measure)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var choice = measure();
        lock (fileGate)
        {
            MeasuringSeconds += System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            Save(key, choice);
        }

        return choice;
    }

    private static Dictionary<string, T> Load(string? file)
    {
        try
        {
            return file is not null && File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, T>>(File.ReadAllText(file), Json) ?? [] : [];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged file only costs measuring again.
            return [];
        }
    }

    private void Save(string key, T choice)
    {
        if (file is null)
        {
            return;
        }

        try
        {
            // Merge with what other processes on this machine may have written meanwhile; replace atomically.
            var merged = Load(file);
            foreach (var (k, v) in Known)
            {
                merged[k] = v;
            }

            merged[key] = choice;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(new SortedDictionary<string, T>(merged, StringComparer.Ordinal), Json));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not remembered: measured again next time, the same choice within this process.
        }
    }
}
