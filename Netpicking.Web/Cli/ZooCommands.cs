using System.CommandLine;
using System.Globalization;
using System.Text;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Export;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Cli;

/// <summary><c>zoo list | show | export | generate | import</c>.</summary>
public static class ZooCommands
{
    public static Command Build()
    {
        var zoo = new Command("zoo", "Browse, export and generate zoos of networks.");
        zoo.Subcommands.Add(List());
        zoo.Subcommands.Add(Show());
        zoo.Subcommands.Add(Export());
        zoo.Subcommands.Add(Generate());
        zoo.Subcommands.Add(Import());
        return zoo;
    }

    private static Option<string> ZooOption() => new("--zoo")
    {
        Description = "A built-in zoo or one imported into the store (see zoo list).",
        DefaultValueFactory = _ => ZooCatalog.Default.DefaultName,
    };

    private static Command List()
    {
        var command = CommandLineHost.WithServiceOptions(new Command("list", "List the built-in zoos and the ones imported into the store."));
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            return await CommandLineHost.RunAsync(result, async services =>
            {
                var zoos = services.GetRequiredService<ZooResolver>();
                foreach (var name in await zoos.NamesAsync(cancellationToken))
                {
                    var zoo = (await zoos.FindAsync(name, cancellationToken))!;
                    var families = zoo.Networks.Select(n => n.Group).Distinct().Count();
                    var source = ZooResolver.IsBuiltIn(name) ? "built-in" : "imported";
                    output.WriteLine($"{name}\t{zoo.Networks.Length} networks\t{families} families\t{source}");
                }

                return 0;
            }, cancellationToken);
        });
        return command;
    }

    private static Command Show()
    {
        var network = new Argument<string>("network") { Description = "The network's id or name." };
        var zooOption = ZooOption();
        var command = CommandLineHost.WithServiceOptions(new Command("show", "Show a network's layers with shapes and parameters, then its static metrics.")
        {
            network,
            zooOption,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var zoo = await FindZooAsync(result, result.GetValue(zooOption)!, cancellationToken);
            var key = result.GetValue(network)!;
            var found = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? zoo.TryGetById(id, out var spec)
                : zoo.TryGetByName(key, out spec);
            if (!found)
            {
                throw new CommandLineException($"The zoo {zoo.Name} has no network '{key}'. Try 'zoo export' to list them.");
            }

            result.InvocationConfiguration.Output.Write(NetworkReport.Describe(spec));
        });
        return command;
    }

    private static Command Export()
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var zooOption = ZooOption();
        var file = new Option<FileInfo?>("--file") { Description = "A zoo spec JSONL file instead of a built-in zoo." };
        var command = CommandLineHost.WithServiceOptions(new Command("export", "Write every network's static metrics as CSV.") { output, zooOption, file });
        command.SetAction(async (result, cancellationToken) =>
        {
            var networks = result.GetValue(file) is { } spec
                ? ReadSpecFile(spec)
                : (await FindZooAsync(result, result.GetValue(zooOption)!, cancellationToken)).Networks;
            var target = result.GetValue(output)!;
            AtomicFile.Write(target.FullName, writer => ZooCsv.Write(networks, writer));
            result.InvocationConfiguration.Output.WriteLine($"Wrote {networks.Length} networks to {target.FullName}");
        });
        return command;
    }

    private static Command Generate()
    {
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same zoo, byte for byte.", Required = true };
        var count = new Option<int>("--count") { Description = "Number of networks.", DefaultValueFactory = _ => 1001 };
        var output = new Option<FileInfo>("--out") { Description = "The JSONL file to write.", Required = true };
        var families = new Option<string[]>("--families")
        {
            Description = $"Families to include (default all): {string.Join(", ", Families.All)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("generate", "Generate a new seeded zoo as JSONL.") { seed, count, output, families };
        command.SetAction(result =>
        {
            var chosen = result.GetValue(families) is { Length: > 0 } f ? f : null;
            var unknown = chosen?.Where(name => !Families.All.Contains(name)).ToList();
            if (unknown is { Count: > 0 })
            {
                throw new CommandLineException(
                    $"Unknown famil{(unknown.Count == 1 ? "y" : "ies")}: {string.Join(", ", unknown)}. Known: {string.Join(", ", Families.All)}.");
            }

            var n = result.GetValue(count);
            if (n < 1)
            {
                throw new CommandLineException($"--count must be at least 1 (got {n}).");
            }

            var networks = ZooGenerator.Generate(result.GetValue(seed), n, chosen);
            var target = result.GetValue(output)!;
            AtomicFile.Write(target.FullName, writer => writer.Write(ZooJsonl.Write(networks)));
            result.InvocationConfiguration.Output.WriteLine($"Wrote {networks.Length} networks to {target.FullName}");
        });
        return command;
    }

    /// <summary>The dashboard's /zoo/import from a file: the same importer, so the same checks and the same messages.</summary>
    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "The JSONL file: one network per line, in the format of the built-in zoos." };
        var name = new Option<string?>("--name") { Description = "The new zoo's name (default: the file's name without its extension)." };
        var command = CommandLineHost.WithServiceOptions(
            new Command("import", "Import a zoo from a JSONL file into the store, to train and browse it like a built-in one.") { file, name });
        command.SetAction(async (result, cancellationToken) =>
        {
            var source = result.GetValue(file)!;
            if (!source.Exists)
            {
                throw new CommandLineException($"The file {source.FullName} does not exist.");
            }

            return await CommandLineHost.RunAsync(result, async services =>
            {
                try
                {
                    await using var content = source.OpenRead();
                    var zooName = result.GetValue(name) ?? Path.GetFileNameWithoutExtension(source.Name);
                    var imported = await services.GetRequiredService<Core.Imports.ZooImporter>().ImportAsync(zooName, content, cancellationToken);
                    result.InvocationConfiguration.Output.WriteLine(
                        $"Imported {imported.Networks.ToString("N0", CultureInfo.InvariantCulture)} network{(imported.Networks == 1 ? "" : "s")} into the zoo {imported.ZooName}.");
                    return 0;
                }
                catch (Core.Imports.ZooImportException ex)
                {
                    throw new CommandLineException($"{source.FullName}: {ex.Message}");
                }
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>The zoo the dashboard and <c>train</c> would find by that name; the store is opened only for an imported one.</summary>
    private static async Task<ZooDefinition> FindZooAsync(ParseResult result, string name, CancellationToken cancellationToken) =>
        ZooResolver.IsBuiltIn(name)
            ? ZooCatalog.Default.Get(name)
            : await CommandLineHost.RunAsync(result, async services =>
            {
                var zoos = services.GetRequiredService<ZooResolver>();
                return await zoos.FindAsync(name, cancellationToken)
                    ?? throw new CommandLineException($"Unknown zoo '{name}'. Known: {string.Join(", ", await zoos.NamesAsync(cancellationToken))}.");
            }, cancellationToken);

    private static System.Collections.Immutable.ImmutableArray<NetworkSpec> ReadSpecFile(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CommandLineException($"The spec file {file.FullName} does not exist.");
        }

        using var stream = file.OpenRead();
        try
        {
            return ZooJsonl.Read(stream);
        }
        catch (ZooFormatException ex)
        {
            throw new CommandLineException($"{file.FullName}: {ex.Message}");
        }
    }
}
