using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;

namespace WellnessConnection.Tests.Feeds;

/// <summary>Fetches feeds the way a calendar client or a feed reader does and parses them back.</summary>
public static class FeedResponses
{
    public static async Task<Calendar> CalendarAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Calendar.Load(await response.Content.ReadAsStringAsync())
            ?? throw new InvalidDataException($"{url} is not an iCalendar object.");
    }

    public static async Task<SyndicationFeed> AtomAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }
}
