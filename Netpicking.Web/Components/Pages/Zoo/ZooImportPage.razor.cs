using Microsoft.AspNetCore.Components.Forms;
using Netpicking.Core.Imports;

namespace Netpicking.Web.Components.Pages.Zoo;

/// <summary>
/// Uploads a zoo through the circuit (no form post, no file name used for anything): the content is read with a size
/// cap and handed to Core's <see cref="ZooImporter"/>, which validates all of it before storing anything.
/// </summary>
public partial class ZooImportPage
{
    private string zooName = "";
    private IBrowserFile? file;
    private bool importing;
    private string? error;
    private IReadOnlyList<string> errorLines = [];
    private ZooImportResult? imported;

    private void Choose(InputFileChangeEventArgs args)
    {
        error = null;
        errorLines = [];
        imported = null;
        file = args.File;
        if (file.Size > ZooImporter.MaxBytes)
        {
            error = $"The file is {file.Size / (1024.0 * 1024):F1} MiB; at most {ZooImporter.MaxBytes / (1024 * 1024)} MiB can be imported.";
            file = null;
        }
        else if (string.IsNullOrWhiteSpace(zooName))
        {
            // A suggestion only: the importer checks the name like any other.
            zooName = Path.GetFileNameWithoutExtension(file.Name);
        }
    }

    private async Task ImportAsync()
    {
        if (file is null)
        {
            return;
        }

        importing = true;
        error = null;
        errorLines = [];
        imported = null;
        try
        {
            // The browser's claimed size is not trusted: the stream stops one byte past the limit, and the importer checks again.
            await using var content = file.OpenReadStream(ZooImporter.MaxBytes + 1);
            imported = await Importer.ImportAsync(zooName, content);
        }
        catch (ZooImportException ex)
        {
            error = ex.Message;
            errorLines = ex.Lines;
        }
        catch (IOException)
        {
            error = $"The file could not be read completely or is larger than {ZooImporter.MaxBytes / (1024 * 1024)} MiB.";
        }
        finally
        {
            importing = false;
        }
    }
}
