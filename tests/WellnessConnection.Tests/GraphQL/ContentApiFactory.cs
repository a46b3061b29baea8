using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>The real server over the repository's sample content, with an in-memory index and a fixed clock.</summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = ContentFixtures.Clock();

    protected virtual string ContentDirectory => ContentFixtures.SampleContentDirectory;

    /// <summary>A content folder of <c>Fixtures/Api/</c>, for subclasses that serve other content than the sample.</summary>
    protected static string ApiFixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Api", name);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Directory", ContentDirectory);
        builder.UseSetting("Index:InMemory", "true");
        // The test server answers as http://localhost, which appsettings.json's AllowedHosts lets in.
        builder.UseSetting("PublicAddress:BaseUrl", "http://localhost");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
