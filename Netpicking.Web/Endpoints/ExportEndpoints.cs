using System.Text;
using System.Text.RegularExpressions;
using Netpicking.Core.Export;
using Netpicking.Core.Zoo;
using Netpicking.Web.Services;

namespace Netpicking.Web.Endpoints;

/// <summary>CSV downloads under /export/, taking the same filters as the pages that link to them.</summary>
public static partial class ExportEndpoints
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export");
        export.MapGet("/zoo.csv", ZooCsvAsync);
        export.MapGet("/snapshots.csv", SnapshotsCsvAsync);
        export.MapGet("/votes.csv", VotesCsvAsync);
        return app;
    }

    private static async Task<IResult> ZooCsvAsync(
        ZooDirectory directory,
        string? zoo,
        string? q,
        string? group,
        string? form,
        string? activation,
        string? sort,
        bool? desc,
        CancellationToken cancellationToken)
    {
        var name = zoo ?? directory.DefaultZoo;
        if (await directory.RowsAsync(name, cancellationToken) is not { } rows)
        {
            return Results.NotFound($"There is no zoo named '{name}'.");
        }

        var query = new ZooQuery(q, group, form, activation, sort ?? nameof(ZooRow.Id), desc ?? false);
        var networks = new List<NetworkSpec>();
        foreach (var row in query.Apply(rows))
        {
            networks.Add((await directory.FindAsync(name, row.Id, cancellationToken))!);
        }

        var text = new StringWriter();
        ZooCsv.Write(networks, text);
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), CsvContentType, $"{name}-zoo.csv");
    }

    // The epoch is taken as text so that "epoch=abc" gets this endpoint's plain message, not the framework's 400.
    private static async Task<IResult> SnapshotsCsvAsync(
        ExportLoader loader, string? dataset, string? run, string? epoch, string? score, string? group, string? form, string? activation,
        string? zoo, CancellationToken cancellationToken)
    {
        try
        {
            var request = Request(dataset, run, epoch, score, group, form, activation, zoo);
            var sources = await loader.LoadSnapshotsAsync(request, cancellationToken);
            var text = new StringWriter();
            SnapshotCsv.Write(sources, request.ScoreOrDefault, request.FilterOrAll, text);
            return Results.File(Encoding.UTF8.GetBytes(text.ToString()), CsvContentType, FileName("snapshots", dataset, run, epoch));
        }
        catch (ExportRequestException ex)
        {
            return Results.BadRequest(ex.Message);
        }
    }

    private static async Task<IResult> VotesCsvAsync(
        ExportLoader loader, string? dataset, string? run, string? epoch, string? score, string? group, string? form, string? activation,
        string? zoo, CancellationToken cancellationToken)
    {
        try
        {
            var request = Request(dataset, run, epoch, score, group, form, activation, zoo);
            var votes = await loader.LoadVotesAsync(request, cancellationToken);
            var text = new StringWriter();
            VotesCsv.Write(votes.Snapshot, votes.ClassNames, request.FilterOrAll, text);
            var scope = votes.Snapshot.Scope;
            return Results.File(
                Encoding.UTF8.GetBytes(text.ToString()), CsvContentType,
                FileName("votes", scope.Dataset, scope.RunSettings, scope.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (ExportRequestException ex)
        {
            return Results.BadRequest(ex.Message);
        }
    }

    private static ExportRequest Request(
        string? dataset, string? run, string? epoch, string? score, string? group, string? form, string? activation, string? zoo)
    {
        int? epochNumber = null;
        if (!string.IsNullOrEmpty(epoch))
        {
            epochNumber = int.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var e) && e >= 1
                ? e
                : throw new ExportRequestException($"epoch must be a whole number of at least 1 (got '{epoch}').");
        }

        return new ExportRequest(dataset, run, ExportRequest.ParseScore(score), new ExportFilter(epochNumber, group, form, activation), zoo);
    }

    /// <summary>
    /// A download name from the request's names, reduced to letters, digits, dots, dashes and underscores: run
    /// settings are named by users, and a name must never carry a path or a header-breaking character.
    /// </summary>
    private static string FileName(string kind, string? dataset, string? run, string? epoch)
    {
        var parts = new[] { dataset, run, epoch is null ? null : $"epoch{epoch}", kind }
            .Where(p => !string.IsNullOrEmpty(p))
            .Select(p => UnsafeFileNameCharacters().Replace(p!, "_"));
        return string.Join('-', parts) + ".csv";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeFileNameCharacters();
}
