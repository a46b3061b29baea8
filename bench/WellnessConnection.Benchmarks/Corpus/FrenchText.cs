namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>The sentences, titles and list items French translations are assembled from.</summary>
public static class FrenchText
{
    public static readonly IReadOnlyList<string> TitleForms =
    [
        "Séance de soutien par les pairs : {0}",
        "Cercle de discussion : {0}",
        "Parlons de {0}",
        "{0} : échanges et pistes de solution",
        "{0} : se soutenir entre collègues",
    ];

    public static readonly IReadOnlyList<string> Sentences =
    [
        "Les séances Connexion bien-être offrent un espace virtuel et sécuritaire où les médecins et les "
            + "apprenants peuvent échanger et se soutenir.",
        "Les séances sont animées par des médecins formés à l’animation de groupes de soutien par les pairs.",
        "Vous pouvez simplement écouter, sans prendre la parole; c’est ce que font bien des personnes "
            + "la première fois.",
        "Ce qui est dit pendant la séance reste dans la séance, et nous demandons à chacun de le respecter.",
        "Aucune préparation n’est nécessaire, et la caméra peut rester fermée.",
        "Nous commencerons par un bref tour de table, puis la discussion sera ouverte au groupe.",
        "Les participants repartent souvent avec une ou deux idées pratiques, et la certitude de ne pas être seuls.",
        "Il ne s’agit ni d’une thérapie ni d’une conférence, mais d’une conversation entre collègues.",
        "Bien des difficultés que nous vivons en médecine sont partagées, même lorsqu’elles semblent "
            + "très personnelles.",
        "Les résidents et les étudiants en médecine sont les bienvenus, tout comme les médecins en exercice.",
        "La séance dure environ une heure, et vous pouvez la quitter à tout moment.",
        "Écouter les autres peut être aussi utile que parler, et les deux sont bienvenus.",
        "La culture de la médecine change, et des conversations comme celle-ci en font partie.",
        "De petites habitudes régulières font souvent plus de différence que de grandes résolutions.",
        "Nous verrons ce qui nous freine, et ce qui a aidé d’autres collègues à avancer.",
        "Nous terminerons par une courte réflexion sur ce que chacun souhaite retenir.",
        "Ces séances sont un soutien parmi d’autres, aux côtés des programmes de santé des médecins.",
        "Entendre comment d’autres ont vécu une situation semblable peut rendre la suivante un peu plus facile.",
    ];

    public static readonly IReadOnlyList<string> Points =
    [
        "ce qui nous aide à tenir pendant les semaines difficiles",
        "des outils pratiques à essayer dès cette semaine",
        "comment demander de l’aide sans gêne",
        "le rôle des collègues et de la famille",
        "les signes qu’il est temps de ralentir",
        "des façons réalistes de prendre soin de soi",
    ];

    public static readonly IReadOnlyList<string> PointsHeadings =
    [
        "Ce dont nous parlerons",
        "Au programme",
        "Dans cette séance",
    ];

    public static readonly IReadOnlyList<string> FormatHeadings =
    [
        "Déroulement de la séance",
        "Comment se déroule la séance",
    ];
}
