//! Vocabulary of the non-article lines of French news pages (France,
//! Belgium, Switzerland, Québec): cue phrases, agencies, outlets, stop
//! words. Used by [`crate::boilerplate`].
//!
//! Every entry is *folded* (see [`crate::chars::fold`]): lowercase, no
//! diacritics, `'` for every apostrophe. Lists of line *prefixes* match at
//! the start of a line (followed by a non-letter or the end of the line);
//! lists of whole *lines* match the whole line once its final punctuation
//! is dropped.

/// Photo and press agencies (and photo banks) whose name closes a caption
/// or makes a credit line. Matched as whole words in folded text.
pub const AGENCIES: &[&str] = &[
    "afp",
    "afp photo",
    "reuters",
    "ap",
    "associated press",
    "belga",
    "belga image",
    "anp",
    "epa",
    "epa-efe",
    "efe",
    "dpa",
    "ansa",
    "getty",
    "getty images",
    "sipa",
    "sipa press",
    "sipa usa",
    "abaca",
    "abacapress",
    "maxppp",
    "keystone",
    "keystone-ats",
    "ats",
    "agence qmi",
    "la presse canadienne",
    "pc",
    "tass",
    "ria novosti",
    "sputnik",
    "xinhua",
    "ukrinform",
    "anadolu",
    "hans lucas",
    "divergence",
    "hemis",
    "photononstop",
    "bestimage",
    "starface",
    "zuma",
    "zuma press",
    "shutterstock",
    "istock",
    "unsplash",
    "wikimedia commons",
    "pool",
    "leemage",
    "andia",
    "le soir",
    "tous droits reserves",
];

/// Agencies written in capitals only when they are a credit ("AP", "PC",
/// "DR"): in folded text they are ordinary words ("ap", "pc"), so they
/// count only when the original is upper case. Folded.
pub const UPPERCASE_ONLY_AGENCIES: &[&str] =
    &["ap", "pc", "ats", "anp", "epa", "efe", "dr", "pool"];

/// Outlets (newspapers, broadcasters, sites) whose name alone on a line is
/// a masthead, a byline or a credit. Folded.
pub const OUTLETS: &[&str] = &[
    "le monde",
    "le figaro",
    "liberation",
    "le parisien",
    "aujourd'hui en france",
    "ouest-france",
    "ouest france",
    "sud ouest",
    "la depeche",
    "le progres",
    "la voix du nord",
    "le dauphine libere",
    "l'express",
    "le point",
    "l'obs",
    "marianne",
    "mediapart",
    "20 minutes",
    "20minutes",
    "bfmtv",
    "bfmtv.com",
    "bfm",
    "franceinfo",
    "france info",
    "france televisions",
    "france 24",
    "france inter",
    "rfi",
    "europe 1",
    "rtl",
    "tf1",
    "tf1info",
    "lci",
    "cnews",
    "le huffpost",
    "huffpost",
    "slate",
    "courrier international",
    "la croix",
    "les echos",
    "le journal du dimanche",
    "jdd",
    "le soir",
    "la libre",
    "la libre belgique",
    "la derniere heure",
    "dh",
    "dh.be",
    "rtbf",
    "rtbf info",
    "rtl info",
    "7sur7",
    "7sur7.be",
    "metro",
    "metrotime",
    "metrotime.be",
    "sudinfo",
    "l'avenir",
    "le vif",
    "le temps",
    "24 heures",
    "tribune de geneve",
    "la tribune de geneve",
    "rts",
    "rts info",
    "le matin",
    "arcinfo",
    "le nouvelliste",
    "watson",
    "blick",
    "la presse",
    "le devoir",
    "radio-canada",
    "ici radio-canada",
    "tva nouvelles",
    "le journal de montreal",
    "le journal de quebec",
    "le soleil",
    "agence qmi",
    "la presse canadienne",
    "yahoo actualites",
    "msn",
];

/// Whole lines announcing an advertisement slot ("Publicité").
pub const AD_LINES: &[&str] = &[
    "publicite",
    "pub",
    "annonce",
    "advertisement",
    "contenu publicitaire",
    "espace publicitaire",
    "la suite apres cette publicite",
    "la suite apres la publicite",
    "la suite apres cette annonce",
];

/// Whole lines labelling sponsored content: the next line is the sponsored
/// link itself.
pub const SPONSOR_LINES: &[&str] = &[
    "sponsorise",
    "contenu sponsorise",
    "contenu partenaire",
    "en partenariat avec",
    "propose par",
    "annonce sponsorisee",
    "liens sponsorises",
];

/// Line prefixes of subscription pitches (kind advertisement).
pub const SUBSCRIBE_PREFIXES: &[&str] = &[
    "abonnez-vous",
    "abonnez vous",
    "je m'abonne",
    "s'abonner",
    "offre d'abonnement",
    "profitez de notre offre",
    "decouvrez nos offres",
];

/// Line prefixes of newsletter prompts.
pub const NEWSLETTER_PREFIXES: &[&str] = &[
    "newsletter",
    "infolettre",
    "inscrivez-vous",
    "inscrivez vous",
    "je m'inscris",
    "recevez chaque",
    "recevez l'essentiel",
    "recevez gratuitement",
    "recevez notre",
    "recevez nos",
    "votre adresse mail",
    "votre adresse e-mail",
    "votre adresse email",
    "votre adresse courriel",
    "abonnez-vous a notre newsletter",
    "abonnez-vous a notre infolettre",
];

/// Verbs of a newsletter pitch ("Chaque mercredi, recevez notre
/// sélection …"), counted with a [`NEWSLETTER_CONTEXT`] word.
pub const NEWSLETTER_VERBS: &[&str] = &["recevez", "recevoir", "inscrivez-vous"];

/// Words that, with a [`NEWSLETTER_VERBS`] verb, make a newsletter pitch.
pub const NEWSLETTER_CONTEXT: &[&str] = &[
    "chaque",
    "quotidienne",
    "hebdomadaire",
    "selection",
    "boite",
    "gratuitement",
    "essentiel",
    "matin",
    "soir",
];

/// Words that make a short line a newsletter prompt wherever they occur.
pub const NEWSLETTER_WORDS: &[&str] = &["newsletter", "newsletters", "infolettre", "infolettres"];

/// Words of cookie consent banners (the line must also hold a
/// [`COOKIE_CONTEXT`] word, or be short).
pub const COOKIE_WORDS: &[&str] = &["cookie", "cookies", "traceurs", "consentement"];

/// Words that, with a cookie word, make a consent banner.
pub const COOKIE_CONTEXT: &[&str] = &[
    "utilisons",
    "utilise",
    "acceptez",
    "accepter",
    "navigation",
    "partenaires",
    "consentement",
    "parametrer",
    "site",
    "experience",
    "audience",
    "publicites",
];

/// Buttons under a cookie banner (whole lines).
pub const CONSENT_BUTTONS: &[&str] = &[
    "accepter",
    "refuser",
    "parametrer",
    "personnaliser",
    "tout accepter",
    "tout refuser",
    "accepter et fermer",
    "continuer sans accepter",
    "gerer mes choix",
    "gerer les preferences",
    "j'accepte",
    "je refuse",
    "ok",
    "fermer",
    "en savoir plus",
];

/// Prefixes of "related article" links.
pub const RELATED_PREFIXES: &[&str] = &[
    "lire aussi",
    "a lire aussi",
    "a lire egalement",
    "lire egalement",
    "a voir aussi",
    "a voir egalement",
    "voir aussi",
    "a decouvrir aussi",
    "a decouvrir egalement",
    "sur le meme sujet",
    "sur le meme theme",
    "la redaction vous conseille",
    "vous aimerez aussi",
    "vous aimerez egalement",
    "vous pourriez aimer",
    "nos articles sur",
    "articles lies",
    "articles similaires",
    "dans la meme rubrique",
    "a lire",
];

/// Prefixes of teasers for other content (a dash, point or colon follows).
pub const TEASER_PREFIXES: &[&str] = &[
    "video",
    "videos",
    "photos",
    "photo",
    "diaporama",
    "infographie",
    "podcast",
    "replay",
    "en direct",
    "direct",
    "live",
    "en images",
];

/// Whole lines (or prefixes, see [`SOCIAL_PREFIXES`]) of share, comment
/// and reader-tool prompts.
pub const SOCIAL_LINES: &[&str] = &[
    "partager",
    "partagez",
    "partage",
    "partager sur",
    "partagez sur",
    "commenter",
    "commentez",
    "offrir",
    "commentaires",
    "commentaire",
    "reagir",
    "reagissez",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "messenger",
    "telegram",
    "instagram",
    "tiktok",
    "youtube",
    "pinterest",
    "flipboard",
    "bluesky",
    "threads",
    "email",
    "e-mail",
    "mail",
    "courriel",
    "imprimer",
    "envoyer",
    "envoyer par e-mail",
    "copier le lien",
    "lien copie",
    "copier",
    "offrir l'article",
    "offrir cet article",
    "lire plus tard",
    "sauvegarder",
    "enregistrer",
    "ajouter a mes favoris",
    "suivre",
    "ecouter cet article",
    "ecouter l'article",
    "ecouter",
    "google news",
];

/// Prefixes of share, comment and follow prompts.
pub const SOCIAL_PREFIXES: &[&str] = &[
    "partager sur",
    "partagez sur",
    "partager par",
    "partager cet article",
    "partager l'article",
    "partagez cet article",
    "partagez l'article",
    "voir les commentaires",
    "afficher les commentaires",
    "lire les commentaires",
    "laisser un commentaire",
    "ajouter un commentaire",
    "suivez-nous",
    "suivez nous",
    "retrouvez-nous sur",
    "rejoignez-nous sur",
    "suivez l'actualite sur",
    "abonnez-vous a notre chaine",
];

/// Whole lines and prefixes of site navigation ("Accueil", "Se connecter").
pub const NAVIGATION_LINES: &[&str] = &[
    "accueil",
    "menu",
    "rechercher",
    "recherche",
    "se connecter",
    "connexion",
    "mon compte",
    "s'identifier",
    "retour",
    "retour en haut",
    "haut de page",
    "plan du site",
    "mentions legales",
    "politique de confidentialite",
    "conditions generales",
    "conditions generales d'utilisation",
    "cgu",
    "contact",
    "contactez-nous",
    "nous contacter",
    "qui sommes-nous",
    "voir plus",
    "voir tout",
    "charger plus",
    "afficher plus",
    "voir plus de mises a jour",
    "plus d'articles",
    "article suivant",
    "article precedent",
    "suivant",
    "precedent",
    "contribuer",
    "reutiliser ce contenu",
    "lire la suite",
    "lire plus",
    "plus d'infos",
    "plus d'informations",
    "en savoir plus",
    "signaler un contenu",
    "signaler une erreur",
];

/// Phrases that make a short line a paywall notice wherever they occur
/// ("Les commentaires sont réservés aux abonnés.").
pub const PAYWALL_PHRASES: &[&str] = &[
    "reserve aux abonnes",
    "reservee aux abonnes",
    "reserves aux abonnes",
    "reservees aux abonnes",
    "abonnes uniquement",
];

/// Prefixes of paywall and reader-contact notices (kind other).
pub const OTHER_PREFIXES: &[&str] = &[
    "article reserve aux abonnes",
    "cet article est reserve aux abonnes",
    "reserve aux abonnes",
    "il vous reste",
    "la suite est reservee aux abonnes",
    "ce contenu est reserve aux abonnes",
    "contenu reserve aux abonnes",
    "ton opinion",
    "votre opinion",
    "donnez votre avis",
    "vous avez un scoop",
    "ecrivez-nous",
    "une erreur a signaler",
    "vous avez repere une erreur",
    "signalez une erreur",
];

/// Prefixes that introduce the outlet in a syndication footer; the outlet
/// follows ("Article original publié sur BFMTV.com").
pub const SOURCE_FOOTER_PREFIXES: &[&str] = &[
    "article original publie sur",
    "article publie sur",
    "cet article a ete publie sur",
    "cet article est paru sur",
    "cet article est paru dans",
    "cet article a ete publie initialement sur",
    "retrouvez toute l'actu sur",
    "retrouvez toute l'actualite sur",
    "retrouvez toutes les actus sur",
    "retrouvez plus d'actualites sur",
    "retrouvez cet article sur",
    "lire l'article original sur",
    "lire l'article sur",
    "source de l'article",
];

/// Prefixes of a credit line that names a source ("Source : Belga",
/// "Avec les informations de Reuters"); the rest must name an agency or an
/// outlet, or follow a colon.
pub const SOURCE_CREDIT_PREFIXES: &[&str] = &[
    "source",
    "sources",
    "avec",
    "avec les informations de",
    "avec les informations d'",
    "avec l'agence",
    "d'apres",
    "selon",
];

/// Prefixes of a line that is only a photo credit ("Crédit photo : Abaca").
pub const CREDIT_PREFIXES: &[&str] = &[
    "photo",
    "photos",
    "credit",
    "credits",
    "credit photo",
    "credits photo",
    "illustration",
    "image",
    "(c)",
];

/// Words that, inside a parenthesised line, make it a production credit
/// ("(Reportage Reuters, version française …, édité par …)").
pub const PRODUCTION_CREDIT_WORDS: &[&str] = &[
    "reportage",
    "version francaise",
    "edite par",
    "redige par",
    "avec",
    "traduction",
    "traduit",
];

/// A line that is the word "par" or announces the author on the next line.
pub const BYLINE_LABELS: &[&str] = &[
    "par",
    "de",
    "auteur",
    "auteurs",
    "article redige par",
    "redige par",
    "ecrit par",
    "propos recueillis par",
    "un article de",
    "une analyse de",
    "un reportage de",
];

/// The anonymous desk names that sign an article ("La rédaction").
pub const DESK_NAMES: &[&str] = &[
    "la redaction",
    "redaction",
    "la redaction numerique",
    "avec agences",
    "agences",
    "redaction web",
];

/// Verbs that open a date header ("Publié le …", "Mis à jour à …").
pub const DATE_HEADER_PREFIXES: &[&str] = &[
    "publie",
    "publiee",
    "mis a jour",
    "mise a jour",
    "modifie",
    "modifiee",
    "actualise",
    "actualisee",
    "cree",
    "poste",
    "diffuse",
    "date",
    "derniere mise a jour",
    "derniere modification",
    "mis en ligne",
];

/// Words of a date header's tail after its comma, which make no clause of
/// a body sentence ("…, à 14 h 32, mis à jour à 18 h 05", "…, par Jean
/// Dupont"): the header's own words (months and weekdays are told by
/// [`crate::lexicon::calendar`]). Folded.
pub const HEADER_WORDS: &[&str] = &[
    "par",
    "mis",
    "mise",
    "jour",
    "modifie",
    "modifiee",
    "actualise",
    "actualisee",
    "publie",
    "publiee",
    "derniere",
    "maj",
    "les",
    "des",
    "lecture",
    "min",
    "minutes",
    "hier",
    "aujourd",
    "hui",
];

/// French function words, for the stop-word density of a paragraph
/// (jusText's strongest feature). Folded.
pub const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "elles",
    "en", "et", "eux", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais",
    "me", "meme", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton",
    "tu", "un", "une", "vos", "votre", "vous", "c", "d", "j", "l", "m", "n", "s", "t", "y", "est",
    "sont", "ete", "etre", "a", "ont", "avait", "fait", "plus", "comme", "tout", "tous", "si",
    "aussi", "apres", "avant", "depuis", "entre", "selon", "contre", "sans", "sous", "vers",
    "chez", "dont", "cela", "ca", "lors", "encore", "deja", "bien", "tres", "alors", "ainsi",
    "donc", "car", "lorsqu", "puisqu", "quand", "ont", "avoir", "peut", "doit",
];
