using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary>The server over a throw-away copy of the sample content, which a test edits and then republishes.</summary>
public sealed class EditedContentFactory : ContentApiFactory
{
    public TemporaryContentFolder Content { get; } =
        TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);

    protected override string ContentDirectory => Content.Path;

    /// <summary>Replaces text in a content file and publishes the folder, as a commit and a reload do.</summary>
    public void Edit(string relativePath, string before, string after)
    {
        var path = Path.Combine(Content.Path, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        var result = Services.GetRequiredService<ContentPublisher>().Publish();
        Assert.NotNull(result.Content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The test publishes when it has edited; a watcher would publish at a moment of its own.
        builder.UseSetting("LiveContent:Watch", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Content.Dispose();
    }
}
