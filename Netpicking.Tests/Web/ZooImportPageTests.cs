using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Imports;
using Netpicking.Tests.Storage;
using Netpicking.Web.Components.Pages.Zoo;

namespace Netpicking.Tests.Web;

/// <summary>The import page shows what the importer found (its checks: Imports/ZooImporterTests).</summary>
public sealed class ZooImportPageTests : BunitContext
{
    [Fact]
    public async Task ABadFileListsEveryBadLineInPlainWords()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        Services.AddSingleton(new ZooImporter(database.Store));
        var page = Render<ZooImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("[1]\n\n{oops\n\"text\"\n", "bad.jsonl"));
        page.Find("#import-button").Click();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#import-error-lines li").Count));
        var lines = page.FindAll("#import-error-lines li").Select(li => li.TextContent).ToArray();
        Assert.Equal("line 1: expected a JSON object, found Array", lines[0]);
        Assert.StartsWith("line 3: malformed JSON at character 2: ", lines[1]);
        Assert.Equal("line 4: expected a JSON object, found String", lines[2]);
        Assert.StartsWith("The file is not a valid zoo: 3 lines are wrong", page.Find("#import-error").TextContent.Trim());
        Assert.DoesNotContain("BytePositionInLine", page.Markup);
    }
}
