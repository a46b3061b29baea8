using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>The real server over a throw-away copy of the sample content, which the tests edit.</summary>
public partial class LiveContentFactory(bool watch = true, string? webhookSecret = null) : ContentApiFactory
{
    public const string FaqPath = "pages/faq.md";

    public const string FaqTitleQuery = "{ contentVersion page(slug: \"faq\") { title } }";

    public TemporaryContentFolder Content { get; } =
        TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);

    protected override string ContentDirectory => Content.Path;

    /// <summary>Rewrites (or repairs) the title line of <c>pages/faq.md</c>, the way an editor saves the file in
    /// place.</summary>
    public void SetFaqTitle(string title)
    {
        var text = File.ReadAllText(Path.Combine(Content.Path, FaqPath));
        Content.Write(FaqPath, TitleLine().Replace(text, $"title: \"{title}\"", 1));
    }

    /// <summary>Removes the title, a required field: the page no longer validates.</summary>
    public void BreakFaq()
    {
        var text = File.ReadAllText(Path.Combine(Content.Path, FaqPath));
        Content.Write(FaqPath, TitleLine().Replace(text, "titel: \"Oops\"", 1));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LiveContent:Watch", watch ? "true" : "false");
        builder.UseSetting("LiveContent:DebounceMilliseconds", "100");
        if (webhookSecret is not null)
        {
            builder.UseSetting("LiveContent:WebhookSecret", webhookSecret);
        }

        builder.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedNowTimeProvider(ContentFixtures.Now))
        );
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Content.Dispose();
        }
    }

    [GeneratedRegex("^(title|titel): .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
