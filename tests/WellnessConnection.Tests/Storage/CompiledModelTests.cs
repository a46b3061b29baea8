using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Storage;

/// <summary>
/// The compiled model and the index's schema in <c>src/WellnessConnection/Storage/CompiledModel/</c> are what EF Core
/// generates from <see cref="ContentDbContext"/> now: a change to the model fails here until
/// <c>tools/compile-storage-model</c> has run.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string FixCommand = "tools/compile-storage-model";

    /// <summary>Named, not referenced: this project is the startup project of EF Core's tools, and must build while
    /// <c>tools/compile-storage-model</c> has taken the compiled model out.</summary>
    private const string ModelNamespace = "WellnessConnection.Storage.CompiledModel";

    private static readonly string Folder = Path.Combine(
        Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!,
        "src",
        "WellnessConnection",
        "Storage",
        "CompiledModel"
    );

    [Fact]
    public void The_index_in_service_reads_through_the_compiled_model()
    {
        using var factory = new ContentApiFactory();
        using var context = factory.Services.GetRequiredService<IndexStore>().Current!.CreateContext();
        var compiled = typeof(ContentDbContext)
            .Assembly.GetCustomAttributes<DbContextModelAttribute>()
            .Single(attribute => attribute.ContextType == typeof(ContentDbContext))
            .ModelType;

        Assert.Equal(ModelNamespace, compiled.Namespace);
        Assert.Same(compiled.GetProperty("Instance")!.GetValue(null), context.Model);
    }

    [Fact]
    public void The_compiled_model_is_the_code_EF_Core_generates_from_the_model()
    {
        using var context = DesignTimeContextFactory.Create();
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(ContentDbContext),
            ModelNamespace = ModelNamespace,
            Language = "C#",
        };

        var generated = DesignTimeServices(context)
            .GetRequiredService<ICompiledModelCodeGeneratorSelector>()
            .Select(options)
            .GenerateModel(context.GetService<IDesignTimeModel>().Model, options)
            .ToDictionary(file => file.Path, file => Comparable(file.Code));
        var committed = Directory
            .EnumerateFiles(Folder, "*.cs")
            .ToDictionary(file => Path.GetFileName(file), file => Comparable(File.ReadAllText(file)));

        var differing = generated
            .Keys.Union(committed.Keys)
            .Where(name => generated.GetValueOrDefault(name) != committed.GetValueOrDefault(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            differing.Count == 0,
            $"The compiled model differs from the one EF Core generates from ContentDbContext: run `{FixCommand}`. "
                + $"Files that differ, or are missing on one side: {string.Join(", ", differing)}."
        );
    }

    [Fact]
    public void The_schema_a_new_index_is_created_with_is_the_SQL_EF_Core_generates()
    {
        using var context = DesignTimeContextFactory.Create();

        Assert.True(
            IndexSchema.CreateTables.ReplaceLineEndings("\n")
                == context.Database.GenerateCreateScript().ReplaceLineEndings("\n"),
            $"IndexSchema.sql differs from the SQL EF Core generates from ContentDbContext: run `{FixCommand}`."
        );
    }

    /// <summary>The code, but for its line ends and the model's id: a new one each time the model is
    /// generated.</summary>
    private static string Comparable(string code) => ModelId().Replace(code.ReplaceLineEndings("\n"), "modelId: (any)");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    /// <summary>EF Core's design-time services with SQLite's, as its tools put them together.</summary>
    private static ServiceProvider DesignTimeServices(ContentDbContext context)
    {
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(context);
        var sqlite = typeof(SqliteDbContextOptionsBuilderExtensions).Assembly;
        var providerServicesType = sqlite.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!.TypeName;
        var providerServices = (IDesignTimeServices)
            Activator.CreateInstance(sqlite.GetType(providerServicesType, throwOnError: true)!)!;
        providerServices.ConfigureDesignTimeServices(services);
        return services.BuildServiceProvider();
    }
}
