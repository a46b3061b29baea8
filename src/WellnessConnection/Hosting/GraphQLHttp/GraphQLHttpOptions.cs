namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Limits of the endpoint itself; the protection feature sets them from its settings.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest POST body read, in bytes; larger ones are refused with 413. Null: no limit of our
    /// own.</summary>
    public long? MaxRequestBodyBytes { get; set; }
}
