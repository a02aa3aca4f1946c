using System.CommandLine;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>One run of an <c>analyze</c> verb: the snapshot, the request as read, the answer, and the parsed command line.</summary>
public sealed record AnalyzeRun<TRequest, TResult>(PopulationSnapshot Snapshot, TRequest Request, TResult Result, ParseResult Parse);
