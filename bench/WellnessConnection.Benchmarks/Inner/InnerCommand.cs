using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>
/// <c>inner [BenchmarkDotNet arguments]</c>, e.g. <c>inner --filter *Markdown*</c>: BenchmarkDotNet on the hot inner
/// pieces.
/// In process (<c>--inProcess</c>), so that BenchmarkDotNet does not generate and build a project under this
/// repository's strict build rules. Results go beside the binary (under bin/, ignored by git). By hand only: it takes
/// minutes.
/// </summary>
public static class InnerCommand
{
    public static Command Create()
    {
        var rest = new Argument<string[]>("benchmark-arguments")
        {
            Description = "Passed to BenchmarkDotNet (--filter, --list flat, ...).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("inner", "BenchmarkDotNet: front matter parse, Markdown render, filter translation.")
        {
            rest,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var arguments = (parse.GetValue(rest) ?? []).Concat(parse.UnmatchedTokens).ToList();
            if (!arguments.Contains("--filter"))
            {
                arguments.AddRange(["--filter", "*"]);
            }

            if (!arguments.Contains("--inProcess"))
            {
                arguments.Add("--inProcess");
            }

            if (!arguments.Contains("--artifacts"))
            {
                arguments.AddRange([
                    "--artifacts",
                    Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"),
                ]);
            }

            var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(InnerCommand).Assembly).Run([.. arguments], config);
            return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
        });
        return command;
    }
}
