using Netpicking.Core.Storage;
using Netpicking.Core.Compute;
using Netpicking.Web.Cli;
using Netpicking.Web.Hosting;

// TorchSharp's native library must find the GLIBCXX shim before anything loads it (docs/decisions/0001).
TorchRuntime.Initialise();

if (CommandLineApp.IsCommand(args))
{
    return await CommandLineApp.RunAsync(args, Console.Out, Console.Error);
}

try
{
    var app = DashboardHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ResultsDatabaseException ex)
{
    // A store that cannot be used is a configuration problem: say what to do, without a stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
