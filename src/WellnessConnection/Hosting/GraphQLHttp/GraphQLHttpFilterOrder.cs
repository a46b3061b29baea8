namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Where each feature's filter runs. The document is known (persisted documents), then found among those already
/// validated, before its size is checked (limits), and all before the cache is asked; the surrogate keys are read
/// from what the cache did not have; the timeout covers execution only, so a cache hit never waits.
/// </summary>
public static class GraphQLHttpFilterOrder
{
    public const int PersistedDocuments = 100;

    public const int ValidatedDocuments = 150;

    public const int DocumentLimits = 200;

    public const int ResponseCache = 300;

    public const int SurrogateKeys = 350;

    public const int ExecutionTimeout = 400;
}
