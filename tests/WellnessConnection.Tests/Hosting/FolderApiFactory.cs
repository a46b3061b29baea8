using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting;

/// <summary>The server over a folder as it is: its index is built anew at start.</summary>
public sealed class FolderApiFactory(string directory) : ContentApiFactory
{
    protected override string ContentDirectory => directory;
}
