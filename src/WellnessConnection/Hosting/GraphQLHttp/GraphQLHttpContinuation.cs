namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>The rest of the execution pipeline, as a filter sees it.</summary>
public delegate ValueTask<GraphQLHttpResult> GraphQLHttpContinuation(GraphQLHttpExecution execution);
