using System.Text.Json;

using Netpicking.Tests.Storage;

namespace Netpicking.Tests.Cli;

/// <summary>
/// <c>analyze pick</c> on <see cref="AnalyzeStoreFixture"/> at quick / epoch 2: #0 Basic_0 (7,850 params, memory 15,700
/// elements, 7,840 ops, 89.9 %, recall of 9: 0), #1 Linear_1 (20,000, 40,000, 20,000 ops, 98.9 %, recall of 9: 0.9),
/// #2 Conv2d_2 (50,000, 100,000, 500,000 ops, 99.9 %, recall of 9: 1.0); every network 4 s of training to epoch 2.
/// </summary>
public sealed class PickCommandTests(AnalyzeStoreFixture store) : IClassFixture<AnalyzeStoreFixture>
{
    private Task<(int ExitCode, string Output, string Error)> PickAsync(params string[] args) =>
        CliRunner.RunAsync(["analyze", "pick", .. args, "--zoo", StorageTestData.ZooName, "--data-dir", store.DataDir, "--datasets", store.Datasets]);

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (exitCode, output, error) = await PickAsync([.. args, "--json"]);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("result").Clone();
    }

    [Fact]
    public async Task ALimitOnParamsBindsWhenTheBestIsTooBig()
    {
        var result = await JsonAsync("--max-params", "30000");

        // #2 (50,000) is out: #1 (98.9 %) wins, #0 runs up; #2 is 1 pt better and dropping the limit alone gives it back.
        Assert.Equal(1, result.GetProperty("recommended").GetProperty("id").GetInt32());
        Assert.Equal([0], result.GetProperty("runnersUp").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        Assert.Equal(2, result.GetProperty("bestUnconstrained").GetProperty("id").GetInt32());
        Assert.Equal(0.01, result.GetProperty("gain").GetDouble(), 6);
        Assert.Equal(0, result.GetProperty("binding").GetInt32());
        Assert.Equal("params", result.GetProperty("frontCost").GetString());
        Assert.Equal([0, 1, 2], result.GetProperty("front").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));

        var (_, table, _) = await PickAsync("--max-params", "30000");
        Assert.Contains("Recommended: Linear_1 (#1) with accuracy 98.90 %; 2 of 3 networks meet the constraint.", table);
        Assert.Matches(@"params ≤ 30,000 \(binds\)\s+1\s+Conv2d_2 \(#2\)\s+99\.90 %\s+1\.00 pt", table);
    }

    [Theory]
    [InlineData("25000", 0)] // elements: only #0 (15,700)
    [InlineData("100KB", 0)] // 100,000 bytes = 25,000 elements
    [InlineData("160000B", 1)] // 40,000 elements: #0 and #1
    [InlineData("1MiB", 2)] // 262,144 elements: all three
    public async Task MemoryIsInElementsOrInBytesWithAUnit(string memory, int expected)
    {
        var result = await JsonAsync("--max-memory", memory);

        Assert.Equal(expected, result.GetProperty("recommended").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ObjectivesAndRecallFloorsFollowTheOptions()
    {
        // Recall of class 9 with ops ≤ 100,000: #0 (0) and #1 (0.9) → #1; #2 (1.0) is ruled out by ops.
        var recall = await JsonAsync("--objective", "recall:9", "--max-ops", "100000");
        Assert.Equal(1, recall.GetProperty("recommended").GetProperty("id").GetInt32());
        Assert.Equal(0.9, recall.GetProperty("recommended").GetProperty("objective").GetDouble(), 6);

        // At least as good as #1 on class 9 (0.9) rules out #0; time ≤ 4 s keeps everyone → #2.
        var floor = await JsonAsync("--at-least", "1:9", "--max-time", "4");
        Assert.Equal(2, floor.GetProperty("recommended").GetProperty("id").GetInt32());
        // Effects come in the order limits, then floors: the time limit rules out none, the floor #0.
        Assert.Equal([0, 1], floor.GetProperty("effects").EnumerateArray().Select(e => e.GetProperty("excluded").GetInt32()));
        // Time ≤ 3.9 s rules out every network (4 s each).
        var tooFast = await JsonAsync("--max-time", "3.9");
        Assert.Equal(JsonValueKind.Null, tooFast.GetProperty("recommended").ValueKind);

        var sets = await JsonAsync("--objective", "set-score", "--weights", "1,0,0,0,0");
        Assert.Equal("set_score", sets.GetProperty("objective").GetProperty("kind").GetString());
        Assert.Equal(0, sets.GetProperty("objective").GetProperty("weights").GetProperty("correctUnsure").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, sets.GetProperty("recommended").ValueKind);
    }

    [Fact]
    public async Task WhenNothingFitsItSaysWhichLimitToRaise()
    {
        var (exitCode, output, error) = await PickAsync("--max-params", "5000");

        Assert.True(exitCode == 0, error);
        Assert.Contains("No network meets the constraint; 3 networks were considered. The loosest constraint to relax is params ≤ 5,000: " +
                        "raising it to 7,850 (57.0 % more) admits Basic_0 (#0) with accuracy 89.90 %.", output);
    }

    [Theory]
    [InlineData("--at-least", "9:1", "#9")]
    [InlineData("--at-least", "1", "X:k")]
    [InlineData("--objective", "auc", "Unknown objective 'auc'")]
    [InlineData("--max-memory", "10furlongs", "unknown unit")]
    [InlineData("--weights", "1,0,0,0,0", "only applies to --objective set_score")]
    public async Task BadOptionsAreExplained(string option, string value, string message)
    {
        var (exitCode, _, error) = await PickAsync(option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error);
    }
}
