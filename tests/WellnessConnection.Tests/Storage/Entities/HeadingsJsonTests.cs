using System.Text.Json;
using CsCheck;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Tests.Properties;

namespace WellnessConnection.Tests.Storage.Entities;

/// <summary>
/// A body's headings as the index stores them: the generated serialiser writes, byte for byte, the JSON the
/// reflection-based one wrote before it (so an index or a bundle reads the same either way), and reads it back.
/// </summary>
public sealed class HeadingsJsonTests
{
    private static readonly Gen<MarkdownHeading> Heading = Gen.Select(
        Gen.Int[1, 6],
        Gen.String[0, 40],
        Gen.String[0, 40],
        (level, text, anchor) => new MarkdownHeading(level, text, anchor)
    );

    [Fact]
    public void Headings_are_written_as_the_reflection_based_serialiser_wrote_them_and_read_back()
    {
        Heading
            .Array[0, 8]
            .Sample(
                headings =>
                {
                    var written = HeadingsJson.Write(headings);

                    Assert.Equal(
                        JsonSerializer.Serialize(
                            headings.Select(h => new
                            {
                                h.Level,
                                h.Text,
                                h.Anchor,
                            })
                        ),
                        written
                    );
                    Assert.Equal(headings, HeadingsJson.Read(written));
                },
                seed: PropertyRuns.Seed("0000000000011"),
                iter: PropertyRuns.Iterations(300),
                threads: 1
            );
    }

    [Fact]
    public void A_body_without_headings_is_an_empty_array() => Assert.Equal("[]", HeadingsJson.Write([]));
}
