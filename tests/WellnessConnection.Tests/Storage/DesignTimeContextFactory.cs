using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WellnessConnection.Storage;

namespace WellnessConnection.Tests.Storage;

/// <summary>
/// How EF Core's tools make a <see cref="ContentDbContext"/> when <c>tools/compile-storage-model</c> runs them with
/// this project as the startup project: the server's own project stays free of the design-time package.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args) => Create();

    public static ContentDbContext Create() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite("Data Source=:memory:").Options);
}
