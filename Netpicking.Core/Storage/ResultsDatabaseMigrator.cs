using Microsoft.Extensions.Hosting;

namespace Netpicking.Core.Storage;

/// <summary>Applies the results-store migrations when the host starts, before any job or page touches it.</summary>
public sealed class ResultsDatabaseMigrator(ResultsDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
