namespace WellnessConnection.Http;

/// <summary>
/// An address a response may link to: an absolute http(s) URI with no whitespace or control character. Validation
/// already refuses other registration addresses; every writer checks again, since a link that is dropped is better
/// than one that runs a script or injects a line.
/// </summary>
public static class WebAddress
{
    public static Uri? CleanOrNull(string? address)
    {
        if (address is null || address.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        return
            Uri.TryCreate(address, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
    }
}
