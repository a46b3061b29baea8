using NetArchTest.Rules;

namespace WellnessConnection.Tests.Architecture;

/// <summary>
/// The folders depend on each other in one direction only, read from the compiled code (every type a method body
/// uses counts, not only signatures):
/// Content (read, check, render; pure) ← Storage (the index and the read model with the one visibility rule) ←
/// GraphQL, Feeds, Embed (each reads the read model, never another's types) ← Hosting (HTTP, protection, caching,
/// live content) ← Program. Cli uses Content and Storage only. Formatting (times in the program's style) and Http
/// (the public address, links and conditional responses every endpoint shares) are leaves anyone may use.
/// A new edge against the direction, or a cycle, fails here with the types that make it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Root = "WellnessConnection.";

    private static readonly string[] Folders =
    [
        "Formatting",
        "Http",
        "Content",
        "Storage",
        "GraphQL",
        "Feeds",
        "Embed",
        "Hosting",
        "Cli",
    ];

    public static TheoryData<string, string[]> AllowedDependencies =>
        new()
        {
            { "Formatting", [] },
            { "Http", [] },
            { "Content", ["Formatting"] },
            { "Storage", ["Content", "Formatting"] },
            { "GraphQL", ["Storage", "Content", "Formatting", "Http"] },
            { "Feeds", ["Storage", "Content", "Formatting", "Http"] },
            { "Embed", ["Storage", "Content", "Formatting", "Http"] },
            { "Hosting", ["GraphQL", "Feeds", "Embed", "Storage", "Content", "Formatting", "Http"] },
            { "Cli", ["Storage", "Content", "Formatting"] },
        };

    [Theory]
    [MemberData(nameof(AllowedDependencies))]
    public void A_folder_depends_only_on_the_folders_below_it(string folder, string[] allowed)
    {
        var forbidden = Folders.Except(allowed).Where(f => f != folder).Select(f => Root + f).ToArray();

        var result = Types
            .InAssembly(typeof(Program).Assembly)
            .That()
            .ResideInNamespace(Root + folder)
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(
            result.IsSuccessful,
            $"{folder} must not use {string.Join(", ", forbidden)}; these types do: "
                + $"{string.Join(", ", result.FailingTypeNames ?? [])}"
        );
    }

    [Fact]
    public void Every_folder_of_the_application_has_a_rule()
    {
        var namespaces = typeof(Program)
            .Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => n[Root.Length..].Split('.')[0])
            .Distinct();

        Assert.All(namespaces, folder => Assert.Contains(folder, Folders));
    }
}
