using GraphQL.Types;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Builds the schema on another thread while the start opens the content. GraphQL.NET would otherwise build it on
/// the first request, after the content is open: 25 to 60 ms of a start from a bundle. A request that comes first
/// waits for it (the schema builds under a lock, once); when it fails, every request reports the error, as it would
/// have without this.
/// </summary>
public static partial class SchemaWarmUp
{
    /// <summary>Starts building the schema; the task ends when it is built, or its error logged.</summary>
    public static Task Begin(IServiceProvider services) =>
        Task.Run(() =>
        {
            try
            {
                services.GetRequiredService<ISchema>().Initialize();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SchemaWarmUp)), exception);
            }
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL schema could not be built.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
