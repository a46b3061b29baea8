using System.CommandLine;
using WellnessConnection.Cli;

if (args.Length > 0 && args[0] is "validate")
{
    var root = new RootCommand("Wellness Connection content API") { ValidateCommand.Create(TimeProvider.System) };
    return root.Parse(args).Invoke();
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
return 0;

public partial class Program;
