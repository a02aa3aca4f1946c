using System.Net;

namespace Netpicking.Tests.Data;

/// <summary>Stands in for the network: answers each request from a function of its URL and records what was asked.</summary>
public sealed class FakeMirrorHandler(Func<Uri, byte[]?> respond) : HttpMessageHandler
{
    public List<Uri> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request.RequestUri!);
        }

        var body = respond(request.RequestUri!);
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
    }
}
