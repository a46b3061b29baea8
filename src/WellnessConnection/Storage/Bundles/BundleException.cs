namespace WellnessConnection.Storage.Bundles;

/// <summary>A bundle that cannot be served: the message says which file and why, for the operator.</summary>
public sealed class BundleException(string message, Exception? inner = null) : Exception(message, inner);
