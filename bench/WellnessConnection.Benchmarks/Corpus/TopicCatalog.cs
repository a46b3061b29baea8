namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// The topics a corpus may have: first the program's own tag list (content-format.md), then others a peer-support
/// program for physicians could plausibly add. A corpus takes the first 8 to 20 of them.
/// </summary>
public static class TopicCatalog
{
    public const int ProgramTopics = 8;

    public static readonly IReadOnlyList<TopicTheme> All =
    [
        new(
            "peer-support",
            "Peer support",
            "Soutien par les pairs",
            "Talking with colleagues who understand the realities of medicine.",
            [
                "Peer support drop-in",
                "Finding your people in medicine",
                "When a colleague is struggling",
                "Listening without fixing",
                "Peer support after a difficult case",
                "Building a circle of trust at work",
            ],
            [
                "what peer support is, and what it is not",
                "how to reach out to a colleague who seems to be struggling",
                "listening without rushing to solutions",
                "keeping conversations confidential",
                "when to suggest professional help",
            ],
            [
                "Peer support starts with the simple act of listening to a colleague who has lived something similar.",
                "Many physicians say that the most helpful conversation after a hard shift was with a peer, not a "
                    + "manual.",
                "Talking with someone who knows the weight of a pager can make a difficult week feel lighter.",
                "Peer support does not replace treatment, but it often opens the door to it.",
            ]
        ),
        new(
            "burnout",
            "Burnout",
            "Épuisement professionnel",
            "Recognizing, talking about and recovering from burnout.",
            [
                "Burnout check-in",
                "Recognizing burnout before it takes over",
                "Recovering from burnout, one step at a time",
                "Burnout and the culture of medicine",
                "Life after burnout",
                "When rest is not enough",
            ],
            [
                "the early signs of burnout that are easy to miss",
                "the difference between a bad week and burnout",
                "what helped others recover",
                "talking to a department head about workload",
                "small changes that protect your energy",
            ],
            [
                "Burnout rarely arrives all at once; it builds quietly over months of long days and short nights.",
                "Emotional exhaustion, cynicism and a sense that nothing you do matters are common signs of burnout.",
                "Recovering from burnout is rarely a straight line, and setbacks are part of the path.",
                "Naming burnout out loud, among peers, is often the first step toward changing something.",
            ]
        ),
        new(
            "leadership-and-professional-development",
            "Leadership and professional development",
            "Leadership et perfectionnement professionnel",
            "Growing as a leader, a teacher and a colleague.",
            [
                "Leading through change",
                "Your first year as a medical leader",
                "Difficult conversations for leaders",
                "Mentoring the next generation",
                "Leading a team under pressure",
                "Saying yes, saying no: choosing your commitments",
            ],
            [
                "how to give feedback that lands",
                "leading a team through change",
                "finding a mentor, and being one",
                "making room for your own development",
                "balancing clinical work and leadership roles",
            ],
            [
                "Leadership in medicine often comes without training, and many new leaders learn on the job.",
                "Good leaders model the behaviours they hope to see, including taking breaks and asking for help.",
                "Mentorship works both ways: mentors often say they learn as much as they teach.",
                "Leading a team through change means listening to worries before announcing plans.",
            ]
        ),
        new(
            "self-care",
            "Self-care",
            "Prendre soin de soi",
            "Looking after your own health and well-being.",
            [
                "Self-care that actually fits your schedule",
                "Making time for yourself",
                "Self-compassion for physicians",
                "Small habits, big difference",
                "Caring for yourself while caring for others",
                "Rest without guilt",
            ],
            [
                "realistic self-care between shifts",
                "why self-compassion is not self-indulgence",
                "protecting time for family and friends",
                "noticing when you need a break",
                "habits that take five minutes or less",
            ],
            [
                "Self-care is not a reward for finishing everything; it is part of what makes good care possible.",
                "Physicians are often better at caring for others than for themselves.",
                "A short walk, a proper meal or a phone call to a friend can change the tone of a day.",
                "Self-compassion means speaking to yourself as you would speak to a colleague who is struggling.",
            ]
        ),
        new(
            "stress",
            "Stress",
            "Stress",
            "Understanding and managing stress in practice and training.",
            [
                "Managing stress in training",
                "Stress and the body",
                "Coping with uncertainty",
                "Stress at home and at work",
                "Calm under pressure",
                "Stress, sleep and mood",
            ],
            [
                "how stress shows up in the body",
                "practical tools for stressful days",
                "telling helpful stress from harmful stress",
                "coping with uncertainty in clinical work",
                "stress at home and at work",
            ],
            [
                "Some stress sharpens attention, but constant stress wears down even the most resilient people.",
                "Stress often shows up in the body first: tight shoulders, a racing heart, a short temper.",
                "Uncertainty is built into clinical work, and learning to live with it is a skill, not a trait.",
                "Sharing what stresses us often reveals that colleagues carry the same weight.",
            ]
        ),
        new(
            "sleep",
            "Sleep",
            "Sommeil",
            "Sleep, shift work and on-call rest.",
            [
                "Sleep and shift work",
                "Resetting your sleep after nights on call",
                "Sleep, navigating disruptions",
                "Better rest for busy clinicians",
                "Chronotypes and your schedule",
                "Sleep when the pager never stops",
            ],
            [
                "the challenges of shift and on-call work",
                "chronotypes and how to work with yours",
                "a strategy for getting better sleep",
                "managing energy on call",
                "winding down after a late shift",
            ],
            [
                "From memory consolidation to immune support, sleep plays a pivotal role in our lives.",
                "Shift work and on-call duties make regular sleep difficult, and the effects add up over time.",
                "Knowing your chronotype can help you plan demanding tasks for the hours when you are at your best.",
                "A consistent wind-down routine can help the mind let go of the day, even after a late shift.",
            ]
        ),
        new(
            "career",
            "Career",
            "Carrière",
            "Career choices, changes and transitions in medicine.",
            [
                "Are you and medicine on the rocks?",
                "Changing how you practise",
                "Reducing your hours without losing yourself",
                "Careers beyond the clinic",
                "Starting over in a new specialty",
                "What do you want from your career?",
            ],
            [
                "thinking about leaving medicine, or staying",
                "changing how or where you practise",
                "reducing your hours",
                "careers in and outside of clinical work",
                "making a decision you can live with",
            ],
            [
                "Many physicians wonder, at some point, whether they still want to practise the way they do.",
                "Changing how you practise is not a failure; it is often a way to stay in medicine.",
                "Talking through a career decision with peers can bring out options you had not considered.",
                "There is no single right career path, and paths change as lives change.",
            ]
        ),
        new(
            "mindfulness",
            "Mindfulness",
            "Pleine conscience",
            "Mindfulness and being present, at work and at home.",
            [
                "Mindful digital detox",
                "A mindful pause",
                "Mindfulness in a busy clinic",
                "Being present with patients and family",
                "Mindful breathing for hard days",
                "Noticing without judging",
            ],
            [
                "short mindfulness practices for the workday",
                "unplugging from constant connectivity",
                "being present with patients",
                "noticing thoughts without judging them",
                "bringing mindfulness home",
            ],
            [
                "Mindfulness is the practice of paying attention to the present moment, on purpose and without "
                    + "judgment.",
                "A one-minute breathing pause between patients can reset attention more than we expect.",
                "In a world full of screens, taking time to disconnect can help us feel more present and calm.",
                "Mindfulness does not remove difficulty, but it can change how we meet it.",
            ]
        ),
        new(
            "resilience",
            "Resilience",
            "Résilience",
            "Bouncing back, and the supports that make it possible.",
            [
                "Resilience is a team sport",
                "Bouncing back after a hard month",
                "What keeps you going?",
                "Resilience without burnout",
                "Rebuilding after a setback",
                "Strength in hard times",
            ],
            [
                "what resilience means, and its limits",
                "the supports that help people recover",
                "why resilience is not only an individual trait",
                "recovering after a setback",
                "noticing what keeps you going",
            ],
            [
                "Resilience is not about enduring everything alone; it grows from connection and support.",
                "Asking physicians to be more resilient is not a substitute for fixing a broken system.",
                "Most of us can name a person or a habit that helped us through a hard time.",
                "Recovery after a setback often starts with a small, concrete step.",
            ]
        ),
        new(
            "grief-and-loss",
            "Grief and loss",
            "Deuil et perte",
            "Coping with the death of patients, colleagues and loved ones.",
            [
                "Grief in medicine",
                "When a patient dies",
                "Losing a colleague",
                "Grief that has no name",
                "Carrying loss through the workday",
                "Remembering together",
            ],
            [
                "grieving a patient while still working",
                "the loss of a colleague",
                "grief that is not openly acknowledged",
                "rituals that help teams remember",
                "when grief becomes heavy to carry",
            ],
            [
                "Physicians are often expected to move on to the next patient minutes after a death.",
                "Grief is a natural response to loss, even when the loss is part of the job.",
                "Teams that take a moment to remember a patient often say it helps them keep going.",
                "Unacknowledged grief can build up over a career if there is no space to speak about it.",
            ]
        ),
        new(
            "moral-distress",
            "Moral distress",
            "Détresse morale",
            "When you know what should be done but cannot do it.",
            [
                "Moral distress at the bedside",
                "When the system stops you from doing the right thing",
                "Moral injury and repair",
                "Living with hard decisions",
                "Values under pressure",
                "Speaking up safely",
            ],
            [
                "what moral distress feels like",
                "the difference between moral distress and burnout",
                "speaking up when something feels wrong",
                "repairing after moral injury",
                "living with decisions made under constraint",
            ],
            [
                "Moral distress arises when we know the right thing to do but constraints make it impossible.",
                "Repeated moral distress can leave lasting marks that are easily mistaken for burnout.",
                "Naming moral distress together can reduce the sense of isolation it brings.",
                "Speaking up safely often depends on the culture of the team and on support from leaders.",
            ]
        ),
        new(
            "boundaries",
            "Boundaries",
            "Limites personnelles",
            "Setting limits that protect your time and health.",
            [
                "Setting boundaries without guilt",
                "Saying no to one more shift",
                "Boundaries with patients and families",
                "Inbox boundaries",
                "Protecting your days off",
                "Boundaries that stick",
            ],
            [
                "saying no without guilt",
                "managing the inbox after hours",
                "protecting days off",
                "boundaries with patients and families",
                "keeping boundaries when others push back",
            ],
            [
                "Boundaries are not walls; they are the limits that make it possible to keep caring.",
                "Many physicians find it hard to say no, especially when colleagues are short-staffed.",
                "Clear expectations about after-hours messages can protect both patients and physicians.",
                "A boundary only works if we keep it, and keeping it gets easier with practice.",
            ]
        ),
        new(
            "parenting-in-medicine",
            "Parenting in medicine",
            "Parentalité et médecine",
            "Raising a family while practising or training.",
            [
                "Parenting in medicine",
                "Returning from parental leave",
                "Childcare and call schedules",
                "Guilt, joy and the juggling act",
                "Parenting teenagers as a physician",
                "Family first, sometimes",
            ],
            [
                "returning to work after parental leave",
                "childcare and unpredictable schedules",
                "guilt and the juggling act",
                "asking for flexibility",
                "being present at home",
            ],
            [
                "Parenting while practising medicine means juggling schedules that rarely fit together.",
                "Returning from parental leave can bring both relief and a sense of starting over.",
                "Many physician parents describe a steady background guilt, at work and at home.",
                "Flexible schedules help, and asking for them is easier when colleagues have done it before.",
            ]
        ),
        new(
            "transitions",
            "Transitions",
            "Transitions",
            "Moving from training to practice, between roles and places.",
            [
                "From residency to practice",
                "Starting in a new community",
                "The first year of practice",
                "Changing roles mid-career",
                "Transitions and identity",
                "New city, new hospital",
            ],
            [
                "the move from training to independent practice",
                "starting in a new community",
                "changes of role mid-career",
                "how transitions affect identity",
                "finding support after a move",
            ],
            [
                "The first year of independent practice brings freedom and a new kind of responsibility.",
                "Moving to a new community means building a new support network from scratch.",
                "Transitions can unsettle our sense of who we are, even when they are chosen.",
                "Hearing how others handled a similar transition can make the road ahead clearer.",
            ]
        ),
        new(
            "conflict-at-work",
            "Conflict at work",
            "Conflits au travail",
            "Handling disagreements with colleagues and teams.",
            [
                "Conflict at work",
                "Difficult colleagues, difficult conversations",
                "When the team is divided",
                "Repairing a working relationship",
                "Conflict and hierarchy",
                "Disagreeing well",
            ],
            [
                "conversations you have been avoiding",
                "conflict across hierarchies",
                "repairing a working relationship",
                "when to involve someone else",
                "disagreeing without damaging trust",
            ],
            [
                "Conflict is part of every workplace, and medicine adds hierarchy and high stakes to it.",
                "Avoiding a difficult conversation often makes the next one harder.",
                "Repairing a working relationship usually starts with curiosity about the other person's view.",
                "Some conflicts need a neutral third person, and asking for one is a sign of good judgment.",
            ]
        ),
        new(
            "imposter-feelings",
            "Imposter feelings",
            "Sentiment d'imposture",
            "When you feel you do not belong, despite the evidence.",
            [
                "Imposter feelings in medicine",
                "Do I really belong here?",
                "Confidence and competence",
                "Imposter feelings in training",
                "Quieting the inner critic",
                "Owning your success",
            ],
            [
                "where imposter feelings come from",
                "the gap between confidence and competence",
                "how the inner critic talks",
                "talking about imposter feelings with peers",
                "owning your successes",
            ],
            [
                "Imposter feelings are common among physicians, including the most accomplished ones.",
                "The inner critic often speaks loudest at moments of transition and new responsibility.",
                "Hearing respected colleagues describe their own doubts can loosen the hold of imposter feelings.",
                "Competence and confidence do not always grow at the same pace.",
            ]
        ),
        new(
            "physical-activity",
            "Physical activity",
            "Activité physique",
            "Moving more when time is short.",
            [
                "Movement for busy clinicians",
                "Exercise and mood",
                "Finding time to move",
                "Walking meetings and other small wins",
                "Staying active through training",
                "Movement as medicine, for us too",
            ],
            [
                "fitting movement into long days",
                "how exercise affects mood and sleep",
                "small wins such as walking meetings",
                "staying active during training",
                "starting again after a long break",
            ],
            [
                "Regular movement supports mood, sleep and concentration, even in short bouts.",
                "Many clinicians advise patients to exercise but struggle to find time for it themselves.",
                "A ten-minute walk at lunch can be the most realistic form of exercise in a busy week.",
                "Starting again after a long break is easier with a modest plan and a friend.",
            ]
        ),
        new(
            "financial-wellness",
            "Financial wellness",
            "Mieux-être financier",
            "Money worries, debt and financial planning.",
            [
                "Money and stress",
                "Debt after training",
                "Financial wellness for early-career physicians",
                "Talking about money",
                "Planning for the long term",
                "Money and meaning",
            ],
            [
                "debt after training",
                "talking about money without shame",
                "planning for the long term",
                "the link between money and stress",
                "what financial wellness means to you",
            ],
            [
                "Debt from training can shape career choices for years after residency.",
                "Money is one of the topics physicians talk about least, even with close colleagues.",
                "Financial stress often shows up as sleep problems and irritability.",
                "A plan, even a simple one, can reduce the background worry that money brings.",
            ]
        ),
        new(
            "retirement",
            "Retirement",
            "Retraite",
            "Preparing for and living well in retirement.",
            [
                "Thinking about retirement",
                "Who am I after medicine?",
                "Winding down your practice",
                "Retirement and identity",
                "Staying connected after retirement",
                "The last years of practice",
            ],
            [
                "when to start thinking about retirement",
                "winding down a practice",
                "identity after medicine",
                "staying connected to colleagues",
                "finding new sources of meaning",
            ],
            [
                "Retirement raises practical questions and deeper ones about identity and purpose.",
                "Many physicians find it hard to imagine a life in which they are no longer needed at the hospital.",
                "Winding down gradually can give time to build new routines and interests.",
                "Staying connected with colleagues can ease the transition out of practice.",
            ]
        ),
        new(
            "compassion-fatigue",
            "Compassion fatigue",
            "Usure de compassion",
            "When caring for others leaves little left for yourself.",
            [
                "Compassion fatigue",
                "When caring wears you down",
                "Refilling the well",
                "Empathy without exhaustion",
                "Secondary trauma in medicine",
                "Caring for the caregiver",
            ],
            [
                "the signs of compassion fatigue",
                "empathy and its costs",
                "secondary trauma",
                "ways to refill the well",
                "support for caregivers",
            ],
            [
                "Compassion fatigue can develop when we are exposed, again and again, to the suffering of others.",
                "Empathy is a strength, and like any strength it needs rest to recover.",
                "Secondary trauma is a normal reaction to abnormal amounts of exposure to distress.",
                "Refilling the well means finding what restores you, and making room for it regularly.",
            ]
        ),
    ];
}
