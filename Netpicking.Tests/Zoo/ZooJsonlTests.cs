using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

public class ZooJsonlTests
{
    private const string Basic =
        """{"id":0,"name":"Basic","group":"Basic","form":"Basic","activation":"None","input_shape":[784],"layers":[{"op":"view","out":[784]},{"op":"Linear","args":{"in_features":784,"out_features":10,"bias":true},"in":[784],"out":[10]},{"op":"flatten","out":[10],"noop":true},{"op":"LogSoftmax","args":{"dim":1},"in":[10],"out":[10]}]}""";

    private const string Conv =
        """{"id":1,"name":"Conv2dReLU_1","group":"Conv2d","form":"Conv2dReLU","activation":"ReLU","input_shape":[1,28,28],"layers":[{"op":"view","out":[1,28,28]},{"op":"Conv2d","args":{"in_channels":1,"out_channels":20,"kernel_size":[6,6],"stride":[1,1],"padding":[0,0],"dilation":[1,1],"groups":1,"bias":true,"padding_mode":"zeros"},"in":[1,28,28],"out":[20,23,23]},{"op":"ReLU","args":{"inplace":false},"in":[20,23,23],"out":[20,23,23]},{"op":"Conv2d","args":{"in_channels":20,"out_channels":10,"kernel_size":[23,23],"stride":[1,1],"padding":[0,0],"dilation":[1,1],"groups":1,"bias":false,"padding_mode":"zeros"},"in":[20,23,23],"out":[10,1,1]},{"op":"view","out":[10]},{"op":"LogSoftmax","args":{"dim":1},"in":[10],"out":[10]}]}""";

    private static ZooFormatException ReadFails(string text) => Assert.Throws<ZooFormatException>(() => ZooJsonl.Read(text));

    [Fact]
    public void ReadsAndWritesSmallZoo()
    {
        var text = Basic + "\n" + Conv + "\n";

        var networks = ZooJsonl.Read(text);

        Assert.Equal(2, networks.Length);
        Assert.Equal(ActivationKind.ReLU, networks[1].Activation);
        Assert.Equal(text, ZooJsonl.Write(networks));
    }

    [Fact]
    public void SkipsBlankLinesButCountsThem()
    {
        var networks = ZooJsonl.Read("\n" + Basic + "\n\n   \n" + Conv + "\n\n");

        Assert.Equal(2, networks.Length);
    }

    [Fact]
    public void RejectsMalformedJsonWithLineNumber()
    {
        var ex = ReadFails(Basic + "\n\n" + Conv[..^5] + "\n");

        Assert.Equal(3, ex.LineNumber);
        Assert.StartsWith("line 3: malformed JSON", ex.Message);
    }

    [Fact]
    public void RejectsUnknownOpWithLineNumber()
    {
        var ex = ReadFails(Basic + "\n" + Conv.Replace("\"op\":\"ReLU\"", "\"op\":\"GELU\"") + "\n");

        Assert.Equal(2, ex.LineNumber);
        Assert.StartsWith("line 2: layer 2 (GELU): unknown op", ex.Message);
    }

    [Fact]
    public void RejectsWrongInFeaturesWithLineNumber()
    {
        var ex = ReadFails(Conv.Replace("\"id\":1", "\"id\":5") + "\n" + Basic.Replace("\"in_features\":784", "\"in_features\":700") + "\n");

        Assert.Equal(2, ex.LineNumber);
        Assert.Equal("line 2: layer 1 (Linear): input 784 does not match in_features 700", ex.Message);
    }

    [Fact]
    public void RejectsDeclaredShapeDifferentFromInferred()
    {
        var ex = ReadFails(Conv.Replace("\"out\":[20,23,23]},{\"op\":\"ReLU\"", "\"out\":[20,22,23]},{\"op\":\"ReLU\""));

        Assert.Equal("line 1: layer 1 (Conv2d): declared out 20 × 22 × 23 but the output is 20 × 23 × 23", ex.Message);
    }

    [Fact]
    public void RejectsUnsupportedStride()
    {
        var ex = ReadFails(Conv.Replace("\"stride\":[1,1]", "\"stride\":[2,2]"));

        Assert.StartsWith("line 1: layer 1 (Conv2d): arg 'stride' [2,2] is not supported", ex.Message);
    }

    [Fact]
    public void RejectsMissingArg()
    {
        var ex = ReadFails(Basic.Replace("\"out_features\":10,", ""));

        Assert.Equal("line 1: layer 1 (Linear): missing arg 'out_features'", ex.Message);
    }

    [Fact]
    public void RejectsUnknownActivationValue()
    {
        var ex = ReadFails(Conv.Replace("\"activation\":\"ReLU\"", "\"activation\":\"relu\""));

        Assert.StartsWith("line 1: activation 'relu' is not one of None, ReLU, SELU, Sigmoid, Tanh", ex.Message);
    }

    [Fact]
    public void RejectsActivationColumnThatContradictsLayers()
    {
        var ex = ReadFails(Conv.Replace("\"activation\":\"ReLU\"", "\"activation\":\"None\""));

        Assert.Equal("line 1: activation None does not match the layers, which imply ReLU", ex.Message);
    }

    [Fact]
    public void RejectsInputShapeDifferentFromFirstView()
    {
        var ex = ReadFails(Conv.Replace("\"input_shape\":[1,28,28]", "\"input_shape\":[28,28]"));

        Assert.Contains("input_shape 28 × 28 does not match the first view's output 1 × 28 × 28", ex.Message);
    }

    [Fact]
    public void RejectsDuplicateIds()
    {
        var ex = ReadFails(Basic + "\n" + Conv.Replace("\"id\":1", "\"id\":0") + "\n");

        Assert.Equal("line 2: id 0 already used on line 1", ex.Message);
    }

    [Fact]
    public void NamesEveryBadLineNotOnlyTheFirst()
    {
        var text = string.Join('\n',
            Basic,
            "{\"id\": 1, oops",
            Conv.Replace("\"op\":\"ReLU\"", "\"op\":\"GELU\""),
            Conv,
            Conv.Replace("\"name\":\"Conv2dReLU_1\"", "\"name\":\"Conv2dReLU_2\""));

        var ex = ReadFails(text);

        Assert.Equal([2, 3, 5], ex.Errors.Select(e => e.LineNumber));
        Assert.Equal(2, ex.LineNumber);
        Assert.StartsWith("3 lines are wrong:", ex.Message);
        Assert.Contains("line 3: layer 2 (GELU): unknown op", ex.Message);
        Assert.Contains("line 5: id 1 already used on line 4", ex.Message);
    }

    [Fact]
    public void SaysWhatIsWrongWithMalformedJsonInPlainWords()
    {
        var ex = ReadFails(Basic + "\n{\"id\": 1, oops\n");

        // The parser's own position suffix counts from zero within a line that is parsed alone: always "LineNumber: 0".
        Assert.DoesNotContain("LineNumber", ex.Message);
        Assert.DoesNotContain("BytePositionInLine", ex.Message);
        Assert.StartsWith("line 2: malformed JSON at character 11: ", ex.Message);
    }

    [Fact]
    public void ListsTwentyBadLinesAndCountsTheRest()
    {
        var text = string.Join('\n', Enumerable.Range(0, 25).Select(i => $"[{i}]"));

        var ex = ReadFails(text);

        Assert.Equal(25, ex.Errors.Count);
        Assert.Equal(21, ex.Lines.Count);
        Assert.Equal("line 20: expected a JSON object, found Array", ex.Lines[19]);
        Assert.Equal("and 5 more lines", ex.Lines[20]);
        Assert.EndsWith("and 5 more lines", ex.Message);
        Assert.DoesNotContain("line 21:", ex.Message);
    }
}
