using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>
/// The one test host: the real server over the repository's sample content, with an in-memory index and a fixed
/// clock. A subclass chooses other content (<see cref="ContentDirectory"/>) or settings (<see cref="Settings"/>).
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = ContentFixtures.Clock();

    protected virtual string ContentDirectory => ContentFixtures.SampleContentDirectory;

    /// <summary>A content folder of <c>Fixtures/Api/</c>, for subclasses that serve other content than the
    /// sample.</summary>
    protected static string ApiFixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Api", name);

    /// <summary>Settings of the subclass's choice, applied after the host's own, as <c>Section:Key</c> and
    /// value.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Directory", ContentDirectory);
        builder.UseSetting("Index:InMemory", "true");
        // The test server answers as http://localhost, which appsettings.json's AllowedHosts lets in.
        builder.UseSetting("PublicAddress:BaseUrl", "http://localhost");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
