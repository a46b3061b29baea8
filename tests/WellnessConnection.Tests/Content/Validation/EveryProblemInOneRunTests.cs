using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

public sealed class EveryProblemInOneRunTests
{
    [Fact]
    public void One_run_reports_every_problem_of_every_file_in_file_and_line_order()
    {
        var result = ContentFixtures.Load("several-mistakes");

        Assert.Equal(
            [
                ("crisis-lines/988-suicide-crisis-helpline.md", 7, "WC502", Severity.Warning),
                ("pages/faq.md", 4, "WC401", Severity.Error),
                ("sessions/2023-12-05-sleep-part-1.md", 5, "WC301", Severity.Error),
                ("sessions/2023-12-05-sleep-part-1.md", 6, "WC201", Severity.Error),
                ("topics/stress.md", 1, "WC202", Severity.Error),
            ],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Code, d.Severity))
        );
        Assert.Equal((4, 1), (result.ErrorCount, result.WarningCount));
        Assert.Null(result.Content);
    }
}
