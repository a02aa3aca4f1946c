using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Netpicking.Tests.Storage;

/// <summary>
/// A real PostgreSQL server from Debian's <c>postgresql</c> package, started once per test run in a temp folder on a
/// free loopback port (trust authentication, fsync off) and stopped when the test process exits. Tests that need it
/// are skipped where the package is not installed, unless <c>NETPICKING_REQUIRE_POSTGRES=1</c> (set by .ci/run)
/// makes that a failure.
/// </summary>
public sealed class PostgresServer
{
    public const string RequireVariable = "NETPICKING_REQUIRE_POSTGRES";

    private const string FolderPrefix = "netpicking-pg-";
    private const string OwnerFile = "owner.pid";

    private static readonly Lazy<Task<PostgresServer?>> Shared = new(StartAsync);

    private readonly string binFolder;
    private readonly string folder;
    private readonly string? runAs;

    private PostgresServer(string binFolder, string folder, string? runAs, int port)
    {
        this.binFolder = binFolder;
        this.folder = folder;
        this.runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The running server; skips (or, where PostgreSQL is required, fails) the calling test when there is none.</summary>
    public static async Task<PostgresServer> GetAsync()
    {
        var server = await Shared.Value;
        if (server is null)
        {
            var message = $"PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin); apt-get install postgresql.";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        return server;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 30, CommandTimeout = 120,
        }.ToString();

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "np")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresServer?> StartAsync()
    {
        if (FindBinFolder() is not { } bin)
        {
            return null;
        }

        // initdb refuses to run as root; the package's postgres user owns the cluster then.
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        await StopOrphansAsync();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var server = new PostgresServer(bin, folder, runAs, port);
        await server.RunAsync("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "-N");
        await server.RunAsync("pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -F -c max_connections=300 -c shared_buffers=32MB", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(folder);
        return server;
    }

    /// <summary>
    /// Servers left by test runs that were killed before they could stop them (their owner process is gone): stopped
    /// and deleted, so aborted runs do not pile up servers on a developer's machine.
    /// </summary>
    private static async Task StopOrphansAsync()
    {
        foreach (var orphan in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(orphan, OwnerFile);
            if (File.Exists(owner) && int.TryParse(await File.ReadAllTextAsync(owner), out var pid) && !IsAlive(pid))
            {
                Stop(orphan);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Kills the server and its backends outright: a throwaway cluster needs no clean shutdown, and the test process
    /// may have little time left when this runs.
    /// </summary>
    private static void Stop(string folder)
    {
        try
        {
            var pidFile = Path.Combine(folder, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
                postmaster.WaitForExit(5_000);
            }

            // The data first: should the process end mid-way, the owner file left behind still marks an orphan.
            Directory.Delete(Path.Combine(folder, "data"), recursive: true);
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
                                       or System.ComponentModel.Win32Exception)
        {
            // Gone already, or the process is exiting: a leftover is cleaned by the next run (StopOrphansAsync).
        }
    }

    private async Task RunAsync(string tool, params string[] args)
    {
        var start = runAs is null ? new ProcessStartInfo(Path.Combine(binFolder, tool)) : new ProcessStartInfo("runuser");
        if (runAs is not null)
        {
            foreach (var arg in new[] { "-u", runAs, "--", Path.Combine(binFolder, tool) })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "server.log");
            throw new InvalidOperationException(
                $"{tool} failed ({process.ExitCode}): {await output}{await error}{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
        }
    }

    private static string? FindBinFolder()
    {
        if (Environment.GetEnvironmentVariable("NETPICKING_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
