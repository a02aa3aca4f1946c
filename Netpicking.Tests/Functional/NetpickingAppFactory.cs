using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Functional;

/// <summary>The real app on SQLite files in a temporary data folder, with the real datasets.</summary>
public sealed class NetpickingAppFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsDataFolder;

    // One public constructor: xunit takes this class as a class fixture too, and refuses fixtures with several.
    public NetpickingAppFactory()
        : this(Directory.CreateTempSubdirectory("netpicking-app-").FullName, ownsDataFolder: true)
    {
    }

    private NetpickingAppFactory(string dataFolder, bool ownsDataFolder)
    {
        DataFolder = dataFolder;
        this.ownsDataFolder = ownsDataFolder;
    }

    /// <summary>The app on an existing data folder, which it leaves in place: e.g. the same app started again.</summary>
    public static NetpickingAppFactory OnFolder(string dataFolder) => new(dataFolder, ownsDataFolder: false);

    public string DataFolder { get; }

    /// <summary>Extra settings (e.g. <c>Netpicking:TrainingWorkers</c>) applied on top of the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Netpicking:DataFolder", DataFolder);
        builder.UseSetting("Netpicking:AllowDownload", "false");
        builder.UseSetting("Netpicking:DatasetsFolder", Path.GetDirectoryName(TestDatasets.Folder("mnist")));

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataFolder)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file may still be held by a job thread being torn down; the OS cleans temp later.
            }
        }
    }
}
