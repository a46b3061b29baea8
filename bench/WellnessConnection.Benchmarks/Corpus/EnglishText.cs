namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>The sentences, headings and list items English bodies are assembled from.</summary>
public static class EnglishText
{
    public static readonly IReadOnlyList<string> Sentences =
    [
        "Wellness Connection sessions offer a virtual, safe space where physicians and medical learners can share "
            + "experiences and support each other.",
        "Sessions are led by trained facilitators who are physicians themselves.",
        "You are welcome to listen without speaking; many people do the first time they join.",
        "What is said in the session stays in the session, and we ask everyone to respect that.",
        "There is no need to prepare anything, and no need to have your camera on.",
        "We will start with a short check-in, then open the conversation to the group.",
        "Participants often leave with one or two practical ideas, and with the reassurance that they are not alone.",
        "The facilitators will share a few tools that others have found useful, and invite you to share yours.",
        "This is not therapy and not a lecture: it is a conversation among colleagues.",
        "Many of the challenges we face in medicine are shared, even when they feel deeply personal.",
        "It can be a relief to hear that someone else has felt the same way after a hard week.",
        "We will leave time at the end for questions and for anything that came up during the conversation.",
        "Residents and medical students are as welcome as physicians in practice.",
        "Some participants come every week; others join only when a topic speaks to them.",
        "The session lasts about an hour, and you can leave at any time.",
        "Bring a cup of tea, find a quiet corner, and join us as you are.",
        "If a session brings up difficult feelings, the facilitators can point you to confidential resources.",
        "We know that time is precious, so the session starts and ends on time.",
        "Listening to others can be as helpful as speaking, and both are welcome.",
        "Physicians often hesitate to ask for help, worried about what colleagues might think.",
        "The culture of medicine is changing, and conversations like this one are part of that change.",
        "Small, regular habits tend to make more difference than big resolutions.",
        "Everyone's situation is different, and there is no single answer that fits all.",
        "We will look at what gets in the way, and at what has helped others move forward.",
        "Sharing a story can help the person who tells it and the people who hear it.",
        "Facilitators keep the conversation respectful and make sure everyone who wants to speak can.",
        "You do not need to have everything figured out to take part.",
        "Many participants tell us that the hour felt like a pause in a very full week.",
        "The conversation is guided, but the group decides where it goes.",
        "We will close with a short reflection on one thing each person wants to take away.",
        "Practising medicine in Canada brings particular pressures, from rural coverage to long wait lists.",
        "Workload, paperwork and the inbox are frequent themes in our conversations.",
        "Being kind to ourselves is harder than being kind to patients, and worth practising.",
        "What works for one person may not work for another, and that is fine.",
        "These sessions are one support among many, alongside physician health programs and personal care.",
        "Hearing how others handled a similar moment can make the next one a little easier.",
    ];

    public static readonly IReadOnlyList<string> Emphases =
    [
        "*You do not have to go through this alone.*",
        "**Everyone is welcome**, whatever their stage of training or practice.",
        "*No preparation is needed.*",
        "**Confidentiality matters**: we ask that stories shared in the session stay there.",
        "*Come as you are, camera on or off.*",
    ];

    public static readonly IReadOnlyList<string> PointsHeadings =
    [
        "What we'll explore",
        "What we will talk about",
        "In this session",
        "Topics we'll cover",
        "What to expect",
    ];

    public static readonly IReadOnlyList<string> FormatHeadings =
    [
        "How the session works",
        "The format",
        "How it works",
        "Before you join",
    ];

    public static readonly IReadOnlyList<string> MoreHeadings =
    [
        "Why this matters",
        "A few thoughts to start",
        "What participants have said",
        "Questions to reflect on",
        "Going further",
    ];

    public static readonly IReadOnlyList<string> RelatedHeadings =
    [
        "Related",
        "See also",
        "Keep exploring",
        "More on this topic",
    ];

    public static readonly IReadOnlyList<string> Steps =
    [
        "A short welcome and check-in.",
        "An introduction to the theme by the facilitator.",
        "An open conversation in the group.",
        "A few practical tools to try this week.",
        "A closing round: one thing to take away.",
        "Time for questions at the end.",
    ];

    public static readonly IReadOnlyList<string> ExternalLinks =
    [
        "[a short guide to peer support](https://example.org/guides/peer-support)",
        "[the program's frequently asked questions](https://example.org/wellness/faq)",
        "[a reading list on physician wellness](https://example.org/reading/physician-wellness)",
        "[notes from previous sessions](https://example.org/wellness/notes)",
    ];

    public static readonly IReadOnlyList<string> Credentials =
    [
        "MD, CCFP",
        "MD, FRCPC",
        "MD, CCFP(EM)",
        "MD, MSc",
        "MD, FRCSC",
        "MD, MEd",
        "MD",
    ];

    public static readonly IReadOnlyList<string> Pronouns = ["she/her", "he/him", "they/them"];

    public static readonly IReadOnlyList<string> Biographies =
    [
        "practises family medicine and has facilitated peer-support groups for several years.",
        "is an emergency physician with a long interest in physician health and team well-being.",
        "works in a community hospital and teaches residents about sustainable practice.",
        "is a psychiatrist who trains physicians to facilitate peer-support conversations.",
        "practises in a rural community and knows first-hand the challenges of working far from colleagues.",
        "is a paediatrician and a mentor to medical students and residents.",
        "returned to practice after burnout and now helps colleagues talk about their own experiences.",
        "is an anaesthesiologist who has led wellness initiatives in their department.",
    ];

    public static readonly IReadOnlyList<string> Qualifiers =
    [
        "for residents",
        "in rural practice",
        "for new attendings",
        "in the emergency department",
        "for medical students",
        "in family medicine",
        "during parental leave",
        "after a difficult shift",
        "for surgeons",
        "in long-term care",
    ];
}
