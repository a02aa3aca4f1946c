using System.CommandLine;
using Netpicking.Core.Data;

namespace Netpicking.Web.Cli;

/// <summary><c>data verify</c>.</summary>
public static class DataCommands
{
    public static Command Build()
    {
        var data = new Command("data", "Check the datasets.");
        data.Subcommands.Add(Verify());
        return data;
    }

    private static Command Verify()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "mnist or fashion-mnist.",
            DefaultValueFactory = _ => DatasetRegistry.DefaultName,
        };
        var command = CommandLineHost.WithServiceOptions(
            new Command("verify", "Check a dataset's checksums, image counts and class counts.") { dataset });
        command.SetAction(result =>
        {
            using var host = CommandLineHost.Build(result);
            var verifier = host.Services.GetRequiredService<DatasetVerifier>();
            var report = verifier.Verify(result.GetValue(dataset)!);
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"{report.Dataset} in {report.Folder} ({report.Source?.ToString() ?? "not found"})");
            foreach (var file in report.Files)
            {
                var state = file.Ok ? "ok" : file.Exists ? "MISMATCH" : "MISSING";
                output.WriteLine($"  {state,-8} {Path.GetFileName(file.Path),-28} md5 {file.ActualMd5 ?? "-"} (expected {file.ExpectedMd5}), {file.ActualSize?.ToString("N0") ?? "-"} bytes");
            }

            foreach (var split in report.Splits)
            {
                output.WriteLine($"  {(split.Ok ? "ok" : "FAILED"),-8} {split.Split,-6} images {split.ImageCount?.ToString("N0") ?? "-"}, labels {split.LabelCount?.ToString("N0") ?? "-"} (expected {split.ExpectedCount:N0})");
                if (!split.ClassCounts.IsDefaultOrEmpty)
                {
                    output.WriteLine($"           class counts {string.Join(", ", split.ClassCounts)}");
                }

                foreach (var error in split.Errors)
                {
                    result.InvocationConfiguration.Error.WriteLine($"  {error}");
                }
            }

            if (!report.AllPassed)
            {
                throw new CommandLineException($"The {report.Dataset} dataset in {report.Folder} did not pass verification.");
            }

            output.WriteLine("All checks passed.");
        });
        return command;
    }
}
