namespace WellnessConnection.Content.Diagnostics;

/// <summary>
/// A file whose checking failed in a way no other code describes (WC114): one diagnostic on that file, so that
/// nothing a file contains can stop the others from being checked. The exception's type only: its message may
/// quote the file, and reports reach public places.
/// </summary>
public static class UnreadableFile
{
    public static Diagnostic Of(string path, Exception exception) =>
        new(
            SourcePosition.StartOf(path),
            Severity.Error,
            DiagnosticCodes.Unreadable.Code,
            $"the file could not be checked ({exception.GetType().Name}); it may be nested too deeply or be "
                + $"damaged. Simplify or rewrite the part you changed last."
        );
}
