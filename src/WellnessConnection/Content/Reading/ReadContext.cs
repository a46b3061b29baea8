using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Content.Reading;

/// <summary>What reading one document may consult: site defaults, the other documents' slugs, today's date.</summary>
public sealed record ReadContext(SiteSettings Site, KnownDocuments Known, LocalDate Today, DiagnosticBag Diagnostics);
