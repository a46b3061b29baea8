using WellnessConnection.Hosting;

namespace WellnessConnection.Tests.Hosting;

/// <summary>A new index folder starts from the JIT profile published with the app; one with its own keeps it.</summary>
public sealed class StartupJitProfileTests : IDisposable
{
    private readonly string app = Directory.CreateTempSubdirectory("wc-app-").FullName;
    private readonly string index = Directory.CreateTempSubdirectory("wc-index-").FullName;

    [Fact]
    public void A_folder_without_a_profile_gets_the_published_one()
    {
        File.WriteAllText(Path.Combine(app, StartupJitProfile.FileName), "published");

        StartupJitProfile.SeedFromPublished(index, app);

        Assert.Equal("published", File.ReadAllText(Path.Combine(index, StartupJitProfile.FileName)));
    }

    [Fact]
    public void A_folder_with_its_own_profile_keeps_it()
    {
        File.WriteAllText(Path.Combine(app, StartupJitProfile.FileName), "published");
        File.WriteAllText(Path.Combine(index, StartupJitProfile.FileName), "own");

        StartupJitProfile.SeedFromPublished(index, app);

        Assert.Equal("own", File.ReadAllText(Path.Combine(index, StartupJitProfile.FileName)));
    }

    [Fact]
    public void Without_a_published_profile_nothing_is_made()
    {
        StartupJitProfile.SeedFromPublished(index, app);

        Assert.Empty(Directory.GetFiles(index));
    }

    public void Dispose()
    {
        Directory.Delete(app, recursive: true);
        Directory.Delete(index, recursive: true);
    }
}
