using WellnessConnection.Hosting;

namespace WellnessConnection.Tests.Hosting;

/// <summary>A start uses the JIT profile published with the app when there is one, else the folder's own.</summary>
public sealed class StartupJitProfileTests : IDisposable
{
    private readonly string app = Directory.CreateTempSubdirectory("wc-app-").FullName;
    private readonly string index = Directory.CreateTempSubdirectory("wc-index-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_published_profile_is_the_folders_whether_or_not_a_last_start_wrote_one(bool lastStartWroteOne)
    {
        File.WriteAllText(Path.Combine(app, StartupJitProfile.FileName), "published");
        if (lastStartWroteOne)
        {
            File.WriteAllText(Path.Combine(index, StartupJitProfile.FileName), "own");
        }

        StartupJitProfile.SeedFromPublished(index, app);

        Assert.Equal("published", File.ReadAllText(Path.Combine(index, StartupJitProfile.FileName)));
    }

    [Fact]
    public void Without_a_published_profile_the_folder_keeps_its_own()
    {
        File.WriteAllText(Path.Combine(index, StartupJitProfile.FileName), "own");

        StartupJitProfile.SeedFromPublished(index, app);

        Assert.Equal("own", File.ReadAllText(Path.Combine(index, StartupJitProfile.FileName)));
    }

    public void Dispose()
    {
        Directory.Delete(app, recursive: true);
        Directory.Delete(index, recursive: true);
    }
}
