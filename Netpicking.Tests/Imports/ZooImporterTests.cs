using System.Text;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Imports;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Storage;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Services;

namespace Netpicking.Tests.Imports;

/// <summary>Uploaded zoos: size-limited, validated line by line, stored whole or not at all.</summary>
public sealed class ZooImporterTests
{
    internal const string Basic =
        """{"id":0,"name":"Basic","group":"Basic","form":"Basic","activation":"None","input_shape":[784],"layers":[{"op":"view","out":[784]},{"op":"Linear","args":{"in_features":784,"out_features":10,"bias":true},"in":[784],"out":[10]},{"op":"flatten","out":[10],"noop":true},{"op":"LogSoftmax","args":{"dim":1},"in":[10],"out":[10]}]}""";

    internal const string LinearBias =
        """{"id":751,"name":"LinearBias_1","group":"Linear","form":"LinearBias","activation":"None","input_shape":[784],"layers":[{"op":"view","out":[784]},{"op":"Linear","args":{"in_features":784,"out_features":98,"bias":false},"in":[784],"out":[98]},{"op":"Linear","args":{"in_features":98,"out_features":10,"bias":true},"in":[98],"out":[10]},{"op":"LogSoftmax","args":{"dim":1},"in":[10],"out":[10]}]}""";

    /// <summary>Every kind of mistake a spec line can hold: each turns the second line of a valid file into a bad one.</summary>
    public static TheoryData<string, string, string> BadLines => new()
    {
        { "malformed JSON", Basic[..^5], "malformed JSON" },
        { "not an object", "[1, 2, 3]", "expected a JSON object, found Array" },
        { "unknown key", Basic.Replace("\"id\":0,", "\"id\":0,\"colour\":\"red\","), "unknown key 'colour'" },
        { "missing key", Basic.Replace("\"group\":\"Basic\",", ""), "missing 'group'" },
        { "wrong type", Basic.Replace("\"id\":0", "\"id\":\"zero\""), "'id' must be an integer" },
        { "negative id", Basic.Replace("\"id\":0", "\"id\":-3"), "id -3 must not be negative" },
        { "empty name", Basic.Replace("\"name\":\"Basic\"", "\"name\":\"\""), "name must not be empty" },
        { "unknown group", Basic.Replace("\"group\":\"Basic\"", "\"group\":\"Quantum\""), "unknown group 'Quantum'" },
        { "form not the name's prefix", Basic.Replace("\"form\":\"Basic\"", "\"form\":\"Linear\""), "form 'Linear' is not the name before '_'" },
        { "unknown activation", Basic.Replace("\"activation\":\"None\"", "\"activation\":\"Swish\""), "activation 'Swish' is not one of" },
        { "activation contradicts layers", Basic.Replace("\"activation\":\"None\"", "\"activation\":\"ReLU\""), "does not match the layers" },
        { "input shape not the group's", Basic.Replace("\"input_shape\":[784]", "\"input_shape\":[28,28]"), "does not match the first view's output 784" },
        { "layers not an array", Basic[..Basic.IndexOf("\"layers\"", StringComparison.Ordinal)] + "\"layers\":{}}", "layers must be an array" },
        { "layer not an object", Basic.Replace("\"layers\":[", "\"layers\":[3,"), "expected a JSON object, found Number" },
        { "unknown op", Basic.Replace("\"op\":\"Linear\"", "\"op\":\"Transformer\""), "Transformer" },
        { "args not an object", Basic.Replace("\"args\":{\"dim\":1}", "\"args\":[1]"), "args must be an object" },
        { "size not positive", Basic.Replace("{\"op\":\"view\",\"out\":[784]}", "{\"op\":\"view\",\"out\":[0]}"), "must hold positive integers" },
        { "no view first", Basic.Replace("{\"op\":\"view\",\"out\":[784]},", ""), "must start with a view" },
        { "wrong in_features", Basic.Replace("\"in_features\":784", "\"in_features\":783"), "layer 1 (Linear)" },
        { "declared shape wrong", Basic.Replace("\"in\":[784],\"out\":[10]}", "\"in\":[784],\"out\":[11]}"), "declared out 11 but the output is 10" },
        { "flatten that is not a no-op", Basic.Replace("\"noop\":true", "\"noop\":false"), "only the no-op flatten" },
        { "does not end in ten classes", Basic.Replace("[10]", "[12]").Replace("\"out_features\":10", "\"out_features\":12"), "input 12 is not 10" },
        { "duplicate id", LinearBias, "id 751 already used on line 1" },
        { "duplicate name", LinearBias.Replace("\"id\":751", "\"id\":752"), "name 'LinearBias_1' already used on line 1" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task EveryKindOfBadLineIsRefusedWithItsLineNumberAndNothingIsStored(string kind, string line, string expected)
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var importer = new ZooImporter(database.Store);

        var error = await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync("mine", Text(LinearBias, line), TestContext.Current.CancellationToken));

        Assert.StartsWith("The file is not a valid zoo: line 2: ", error.Message);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{kind}: {error.Message}");
        Assert.Equal(0, await database.CountAsync("Zoos"));
        Assert.Equal(0, await database.CountAsync("Networks"));
    }

    [Fact]
    public async Task EveryBadLineIsListedAndNothingIsStored()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var importer = new ZooImporter(database.Store);

        var error = await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync(
            "mine", Text(Basic, "[1]", LinearBias, "{oops", LinearBias), TestContext.Current.CancellationToken));

        Assert.StartsWith("The file is not a valid zoo: 3 lines are wrong:", error.Message);
        Assert.Equal(3, error.Lines.Count);
        Assert.Equal("line 2: expected a JSON object, found Array", error.Lines[0]);
        Assert.StartsWith("line 4: malformed JSON at character 2: ", error.Lines[1]);
        Assert.Equal("line 5: id 751 already used on line 3", error.Lines[2]);
        Assert.Equal(0, await database.CountAsync("Zoos"));
    }

    [Fact]
    public async Task AValidFileBecomesAZooThatCanBeLaunched()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        var result = await new ZooImporter(database.Store).ImportAsync(" mine.v2 ", Text(Basic, "", LinearBias, ""), ct);

        Assert.Equal(new ZooImportResult("mine.v2", 2, 77_822), result);
        var zoo = await new ZooResolver(database.Store).FindAsync("mine.v2", ct);
        Assert.NotNull(zoo);
        Assert.Equal(["Basic", "LinearBias_1"], zoo.Networks.Select(n => n.Name));
        Assert.Equal(ZooJsonl.ReadLine(LinearBias), zoo.GetById(751));
        var launch = await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest("mine.v2", "quick", "mnist", [751]), ct);
        Assert.Single(launch.TrainingsToRun);
        Assert.Equal(["mnistk-1001", "mine.v2"], await new ZooResolver(database.Store).NamesAsync(ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../../etc/passwd")]
    [InlineData("/tmp/zoo")]
    [InlineData("a\\b")]
    [InlineData(".hidden")]
    [InlineData("name with spaces")]
    [InlineData("x<script>")]
    [InlineData("mnistk-1001")]
    public async Task ANameThatIsNotAPlainZooNameIsRefused(string name)
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ZooImportException>(
            () => new ZooImporter(database.Store).ImportAsync(name, Text(Basic), TestContext.Current.CancellationToken));

        Assert.True(error.Message.Contains("A zoo name is") || error.Message.Contains("is a built-in zoo"), error.Message);
        Assert.Equal(0, await database.CountAsync("Zoos"));
    }

    [Fact]
    public async Task ANameTooLongOrAlreadyUsedIsRefused()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var importer = new ZooImporter(database.Store);
        var ct = TestContext.Current.CancellationToken;
        await importer.ImportAsync("taken", Text(Basic), ct);

        Assert.Contains("A zoo name is", (await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync(new string('a', 65), Text(Basic), ct))).Message);
        Assert.Contains("already exists", (await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync("taken", Text(LinearBias), ct))).Message);
        Assert.Equal(1, await database.CountAsync("Networks"));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithoutReadingItAll()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var content = new CountingStream(ZooImporter.MaxBytes * 4);

        var error = await Assert.ThrowsAsync<ZooImportException>(
            () => new ZooImporter(database.Store).ImportAsync("big", content, TestContext.Current.CancellationToken));

        Assert.Contains("larger than 4 MiB", error.Message);
        Assert.InRange(content.Position, ZooImporter.MaxBytes + 1, ZooImporter.MaxBytes + 100_000);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("blank lines")]
    [InlineData("not UTF-8")]
    public async Task AFileWithoutNetworksOrNotTextIsRefused(string kind)
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        byte[] bytes = kind switch
        {
            "empty" => [],
            "blank lines" => Encoding.UTF8.GetBytes("\n\n   \n"),
            _ => [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFE, 0xC3, 0x28], // a gzip header, then invalid UTF-8
        };

        var error = await Assert.ThrowsAsync<ZooImportException>(
            () => new ZooImporter(database.Store).ImportAsync("none", new MemoryStream(bytes), TestContext.Current.CancellationToken));

        Assert.Contains(kind == "not UTF-8" ? "not UTF-8 text" : "holds no network", error.Message);
    }

    [Fact]
    public async Task TooManyNetworksOrOneTooLargeIsRefused()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var importer = new ZooImporter(database.Store);
        var ct = TestContext.Current.CancellationToken;
        var many = Enumerable.Range(0, ZooImporter.MaxNetworks + 1)
            .Select(i => Basic.Replace("\"id\":0", $"\"id\":{i}").Replace("\"name\":\"Basic\"", $"\"name\":\"Basic_{i}\"")).ToArray();
        var huge = LinearBias.Replace("98", "30000");

        Assert.Contains("5,001 networks", (await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync("many", Text(many), ct))).Message);
        Assert.Contains("Network 751 (LinearBias_1) has 23,820,010 parameters",
            (await Assert.ThrowsAsync<ZooImportException>(() => importer.ImportAsync("huge", Text(huge), ct))).Message);
        Assert.Equal(0, await database.CountAsync("Networks"));
    }

    [Fact]
    public async Task AnImportedZooIsBrowsedLikeABuiltInOne()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await new ZooImporter(database.Store).ImportAsync("mine", Text(Basic, LinearBias), ct);
        var trainings = (await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest("mine", "quick", "mnist", null), ct)).TrainingsToRun;
        foreach (var training in trainings)
        {
            await database.Store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(training, 1, images: 12), ct);
        }

        var snapshot = await new PopulationLoader(database.Factory).LoadAsync(new PopulationRequest("mnist", "quick", ZooName: "mine"), new byte[12], ct);
        var directory = new ZooDirectory(new ZooResolver(database.Store));
        var link = new AnalysisContext(snapshot, new AnalysisQuery("mnist", "quick", 1, "accuracy", snapshot.Scope.Zoo)).NetworkLink(1);

        Assert.Equal(("mine", 1), (snapshot.Scope.Zoo, snapshot.Scope.Epoch));
        Assert.Equal(["Basic", "LinearBias_1"], snapshot.Networks.Select(n => n.Name));
        Assert.Equal("networks/751?zoo=mine&dataset=mnist&run=quick&epoch=1&score=accuracy", link);
        // What the network page reads for /networks/751?zoo=mine: the spec, its neighbours' absence, its results.
        Assert.Equal(["mnistk-1001", "mine"], await directory.ZooNamesAsync(ct));
        Assert.Equal(ZooJsonl.ReadLine(LinearBias), await directory.FindAsync("mine", 751, ct));
        Assert.Null(await directory.FindAsync("mine", 752, ct));
        Assert.Equal([0, 751], (await directory.RowsAsync("mine", ct))!.Select(r => r.Id));
        var results = Assert.Single(await new NetworkResultsLoader(database.Factory).LoadAsync("mine", 751, ct));
        Assert.Equal(("mnist", "quick", 1), (results.Dataset, results.RunSettings, Assert.Single(results.Epochs).Epoch));
    }

    private static MemoryStream Text(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    /// <summary>An endless stream of newlines that records how far it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill((byte)'\n');
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
