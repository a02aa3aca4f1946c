using System.Text;
using Netpicking.Core.Export;
using Netpicking.Core.Zoo;
using Netpicking.Web.Components.Pages.Zoo;
using Netpicking.Web.Services;

namespace Netpicking.Web.Endpoints;

/// <summary>CSV downloads under /export/, taking the same filters as the pages that link to them.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export");
        export.MapGet("/zoo.csv", ZooCsvAsync);
        return app;
    }

    private static IResult ZooCsvAsync(
        ZooDirectory directory,
        string? zoo,
        string? q,
        string? group,
        string? form,
        string? activation,
        string? sort,
        bool? desc)
    {
        var name = zoo ?? directory.DefaultZoo;
        if (!directory.ZooNames.Contains(name))
        {
            return Results.NotFound($"There is no zoo named '{name}'.");
        }

        var query = new ZooQuery(q, group, form, activation, sort ?? nameof(ZooRow.Id), desc ?? false);
        var ids = query.Apply(directory.Rows(name)).Select(r => r.Id).ToList();
        var networks = ids.Select(id => directory.Find(name, id)!);
        var text = new StringWriter();
        ZooCsv.Write(networks, text);
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{name}-zoo.csv");
    }
}
