using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>
/// The partner listing's filter (<c>topics: { some: { slug: { eq: "sleep" } } }</c>, upcoming, 20 a page): GraphQL
/// input to a LINQ expression, and then to SQL by EF Core, which is what every uncached listing request pays.
/// </summary>
// Not sealed: BenchmarkDotNet requires benchmark classes it can derive from.
[MemoryDiagnoser]
public class FilterBenchmarks : IDisposable
{
    private readonly Dictionary<string, object?> where = new()
    {
        ["topics"] = new Dictionary<string, object?>
        {
            ["some"] = new Dictionary<string, object?>
            {
                ["slug"] = new Dictionary<string, object?> { ["eq"] = "sleep" },
            },
        },
        ["status"] = new Dictionary<string, object?> { ["neq"] = "cancelled" },
    };

    private SqliteConnection connection = null!;
    private ContentDbContext context = null!;

    [GlobalSetup]
    public void Setup()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        context = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(connection).Options);
        context.Database.EnsureCreated();
    }

    [Benchmark(Baseline = true)]
    public Expression Translate() =>
        SessionFilters.Definition.Apply(Enumerable.Empty<SessionEntity>().AsQueryable(), where).Expression;

    [Benchmark]
    public string TranslateToSql()
    {
        var now = DateTime.UtcNow;
        var query = SessionFilters.Definition.Apply(
            context.Sessions.Where(s => s.Locale == "en" && !s.Draft && s.EndsAt > now),
            where
        );
        return query.OrderBy(s => s.StartsAt).Skip(0).Take(21).ToQueryString();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        context?.Dispose();
        connection?.Dispose();
        GC.SuppressFinalize(this);
    }
}
