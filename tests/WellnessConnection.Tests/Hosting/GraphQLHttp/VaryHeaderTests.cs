using Microsoft.AspNetCore.Http;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class VaryHeaderTests
{
    [Theory]
    [InlineData(null, "Accept", "Accept")]
    [InlineData("Accept", "Origin", "Accept, Origin")]
    [InlineData("Accept, Origin", "origin", "Accept, Origin")]
    [InlineData(" Accept ,, origin", "Origin", " Accept ,, origin")]
    [InlineData(" Accept ,, origin", "X-Preview-Token", "Accept, origin, X-Preview-Token")]
    public void A_name_is_added_once_and_what_was_there_is_kept(string? before, string name, string after)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        if (before is not null)
        {
            headers.Vary = before;
        }

        VaryHeader.Add(headers, name);

        Assert.Equal(after, headers.Vary.ToString());
    }
}
