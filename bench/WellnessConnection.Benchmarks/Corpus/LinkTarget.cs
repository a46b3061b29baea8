namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>A document a body may link to: its site path (<c>/topics/sleep</c>) and the text of the link.</summary>
public sealed record LinkTarget(string Path, string Text)
{
    public string Markdown => $"[{Text}]({Path})";
}
