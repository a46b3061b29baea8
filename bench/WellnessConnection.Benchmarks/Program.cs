using System.CommandLine;
using System.Globalization;
using WellnessConnection.Benchmarks.Corpus;
using WellnessConnection.Benchmarks.Floor;
using WellnessConnection.Benchmarks.Inner;
using WellnessConnection.Benchmarks.Load;

// Generated files and printed figures must not depend on the machine's culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var commands = new RootCommand(
    "Wellness Connection benchmarks: corpus generator, floor server, inner benchmarks. The load test is bench/run."
)
{
    GenerateCommand.Create(),
    RequestsCommand.Create(),
    FloorCommand.Create(),
    InnerCommand.Create(),
    ColdStartCommand.Create(),
    EditCommand.Create(),
};
return commands.Parse(args).Invoke();
