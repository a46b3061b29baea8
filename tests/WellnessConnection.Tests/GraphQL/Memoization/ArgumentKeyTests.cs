using GraphQL;
using GraphQL.Execution;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

public sealed class ArgumentKeyTests
{
    private static readonly HashSet<string> Paging = ["first", "after"];

    [Fact]
    public void The_same_arguments_make_the_same_key_whatever_the_page()
    {
        var first = ArgumentKey.Of(Context(("where", Where("sleep")), ("first", 20), ("after", null)), Paging);
        var second = ArgumentKey.Of(Context(("first", 20), ("after", "d2M6MTk="), ("where", Where("sleep"))), Paging);

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_values_or_types_make_different_keys()
    {
        var keys = new[]
        {
            ArgumentKey.Of(Context(("where", Where("sleep"))), Paging),
            ArgumentKey.Of(Context(("where", Where("stress"))), Paging),
            ArgumentKey.Of(Context(("where", Where("1"))), Paging),
            ArgumentKey.Of(Context(("where", Where(1))), Paging),
            ArgumentKey.Of(Context(("where", Where(null))), Paging),
            ArgumentKey.Of(Context(("where", Where(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)))), Paging),
            ArgumentKey.Of(
                Context(("where", Where(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1)))),
                Paging
            ),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void A_value_it_cannot_write_faithfully_means_no_key()
    {
        Assert.Null(ArgumentKey.Of(Context(("where", new object())), Paging));
    }

    private static Dictionary<string, object?> Where(object? value) =>
        new()
        {
            ["topics"] = new Dictionary<string, object?>
            {
                ["some"] = new Dictionary<string, object?>
                {
                    ["slug"] = new Dictionary<string, object?> { ["eq"] = value },
                },
            },
        };

    private static ResolveFieldContext Context(params (string Name, object? Value)[] arguments) =>
        new()
        {
            Arguments = arguments.ToDictionary(a => a.Name, a => new ArgumentValue(a.Value, ArgumentSource.Literal)),
        };
}
