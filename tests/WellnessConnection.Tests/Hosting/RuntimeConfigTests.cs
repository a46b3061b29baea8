using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.Hosting;

/// <summary>
/// The runtime settings the server's memory depends on, as its build writes them into
/// <c>WellnessConnection.runtimeconfig.json</c> (beside the server's assembly here, as in a published app). By
/// default the runtime sizes the young generation from the machine's L3 cache: the same build took 24 MB on one
/// machine and 80 MB on another, and peaked 63 MB higher there (bench/HISTORY.md, 8 December).
/// </summary>
public sealed class RuntimeConfigTests
{
    private static readonly JsonNode Properties = JsonNode.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WellnessConnection.runtimeconfig.json"))
    )!["runtimeOptions"]!["configProperties"]!;

    [Fact]
    public void The_young_generations_budget_is_fixed_at_16_MiB_whatever_the_machines_cache()
    {
        Assert.Equal(16 * 1024 * 1024, (long)Properties["System.GC.Gen0MaxBudget"]!);
    }

    [Fact]
    public void The_collector_is_the_workstation_one_with_one_small_heap()
    {
        Assert.False((bool)Properties["System.GC.Server"]!);
    }
}
