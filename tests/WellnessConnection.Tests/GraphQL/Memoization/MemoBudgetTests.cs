using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

/// <summary>The memo's budget is the operator's setting, <c>Index:MemoSizeLimitBytes</c>, 32 MB unless set.</summary>
public sealed class MemoBudgetTests
{
    [Fact]
    public void The_memo_of_the_index_in_service_has_the_budget_of_the_setting()
    {
        using var factory = new BudgetFactory(3 * 1024 * 1024);

        Assert.Equal(3 * 1024 * 1024, MemoOf(factory).SizeLimitBytes);
    }

    [Fact]
    public void Unset_the_budget_is_32_MB()
    {
        using var factory = new ContentApiFactory();

        Assert.Equal(32 * 1024 * 1024, MemoOf(factory).SizeLimitBytes);
    }

    private static IndexMemo MemoOf(ContentApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ContentRequest>().Memo
            ?? throw new InvalidOperationException("The memo is on by default.");
    }

    private sealed class BudgetFactory(long bytes) : ContentApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Index:MemoSizeLimitBytes", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
