using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Bundles;

/// <summary>The real server serving a folder of bundles, which it looks at every
/// <paramref name="pollSeconds"/> of the test clock. Its content folder does not exist: it must not be
/// read.</summary>
public sealed class BundleApiFactory(string bundleDirectory, int pollSeconds = 60) : ContentApiFactory
{
    protected override string ContentDirectory => Path.Combine(bundleDirectory, "no-content-here");

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Bundles:Directory", bundleDirectory), new("Bundles:PollSeconds", $"{pollSeconds}")];
}
