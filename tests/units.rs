//! Military-unit recognition on sentences of our own: each attribute, the
//! gazetteer's tolerance (case, accents, quotes, elision), the false
//! friends, the JSON contract and user extension of the gazetteer.

use frnews::military_units;
use frnews::units::{Gazetteer, MentionType, UnitKind, UnitMention, military_units_with};

fn one(text: &str) -> UnitMention {
    let v = military_units(text);
    assert_eq!(v.len(), 1, "{text}: {v:#?}");
    let u = v.into_iter().next().unwrap();
    assert_eq!(&text[u.start..u.end], u.text);
    u
}

fn none(text: &str) {
    let v = military_units(text);
    assert!(v.is_empty(), "{text}: {v:#?}");
}

#[test]
fn numbered_units_with_specialty() {
    let u = one("Le 1442e régiment de fusiliers motorisés a fui.");
    assert_eq!(
        (u.kind, u.number, u.mention),
        (UnitKind::Regiment, Some(1442), MentionType::Numbered)
    );
    assert_eq!(u.specialty.as_deref(), Some("fusiliers motorisés"));
    let u = one("Les pertes de la 155e brigade d'infanterie de marine sont lourdes.");
    assert_eq!(u.text, "la 155e brigade d'infanterie de marine");
    assert_eq!((u.number, u.side.as_deref()), (Some(155), Some("russia")));
    assert_eq!(u.id.as_deref(), Some("ru_155th_naval_infantry_brigade"));
    let u = one("La 3e brigade d'assaut séparée avance.");
    assert_eq!(u.text, "La 3e brigade d'assaut séparée");
    assert_eq!(u.id.as_deref(), Some("ua_3rd_assault_brigade"));
    let u = one("Il sert dans la 58e armée interarmes.");
    assert_eq!((u.kind, u.number), (UnitKind::Army, Some(58)));
    let u = one("Le 2e bataillon est arrivé.");
    assert_eq!((u.kind, u.number), (UnitKind::Battalion, Some(2)));
    let u = one("Le chef de la 1re compagnie est mort.");
    assert_eq!((u.text.as_str(), u.number), ("la 1re compagnie", Some(1)));
    let u = one("Le IIe corps d'armée a été dissous.");
    assert_eq!((u.kind, u.number), (UnitKind::Corps, Some(2)));
}

#[test]
fn ordinals_in_words() {
    let u = one("Le premier bataillon a traversé.");
    assert_eq!(
        (u.text.as_str(), u.number),
        ("Le premier bataillon", Some(1))
    );
    let u = one("La vingt et unième brigade est en réserve.");
    assert_eq!(u.number, Some(21));
    // "Le", "Les", "Ce" at a sentence start are not Roman numerals.
    let u = one("Les bataillons russes reculent.");
    assert_eq!(u.number, None);
}

#[test]
fn named_formations_tolerate_case_accents_quotes_and_elision() {
    for (text, id, span) in [
        ("Les hommes de l'Akhmat sont là.", "akhmat", "l'Akhmat"),
        ("Les hommes de l’AKHMAT sont là.", "akhmat", "l’AKHMAT"),
        (
            "Les combattants de « Liberté pour la Russie » avancent.",
            "lsr",
            "« Liberté pour la Russie »",
        ),
        (
            "Ils ont rejoint la légion dissidente « Liberté pour la Russie ».",
            "lsr",
            "la légion dissidente « Liberté pour la Russie »",
        ),
        (
            "Ils ont rejoint la Legion Liberte pour la Russie.",
            "lsr",
            "la Legion Liberte pour la Russie",
        ),
        (
            "Le bataillon Aidar est dissous.",
            "aidar",
            "Le bataillon Aidar",
        ),
        (
            "Le bataillon « Azov » a tenu l'usine.",
            "azov",
            "Le bataillon « Azov »",
        ),
        ("La SMP Wagner recrute.", "wagner", "La SMP Wagner"),
        ("Des prisonniers rejoignent Storm Z.", "storm_z", "Storm Z"),
        (
            "Le bataillon Chaïkh-Mansour combat.",
            "sheikh_mansour",
            "Le bataillon Chaïkh-Mansour",
        ),
    ] {
        let u = one(text);
        assert_eq!(u.id.as_deref(), Some(id), "{text}");
        assert_eq!(u.text, span, "{text}");
        assert_eq!(u.mention, MentionType::Named);
    }
}

#[test]
fn kind_of_named_units() {
    // The written type word wins, except a generic one.
    assert_eq!(one("Le régiment Azov tient.").kind, UnitKind::Regiment);
    assert_eq!(one("La brigade Azov tient.").kind, UnitKind::Brigade);
    assert_eq!(one("Le groupe Wagner avance.").kind, UnitKind::Pmc);
    assert_eq!(
        one("Les mercenaires de Wagner avancent.").kind,
        UnitKind::Pmc
    );
    // The gazetteer gives the side of named units.
    assert_eq!(
        one("Le Corps des volontaires russes attaque.")
            .side
            .as_deref(),
        Some("ukraine")
    );
    // An unknown proper name after a formation noun is a name.
    let u = one("La brigade Tempête a été formée.");
    assert_eq!(
        (u.name.as_deref(), u.id.as_deref()),
        (Some("Tempête"), None)
    );
}

#[test]
fn names_that_are_ordinary_words_need_a_type_word() {
    none("La mer d'Azov est gelée.");
    none("Le Kraken est un monstre marin.");
    none("Le compositeur Richard Wagner est né à Leipzig.");
    none("Akhmat Kadyrov a été tué en 2004.");
    assert_eq!(
        one("L'unité Kraken opère la nuit.").id.as_deref(),
        Some("kraken")
    );
}

#[test]
fn side_location_and_size() {
    let u = one("La 93e brigade mécanisée ukrainienne tient.");
    assert_eq!(u.side.as_deref(), Some("ukraine"));
    assert_eq!(
        one("Les forces de Moscou avancent.").side.as_deref(),
        Some("russia")
    );
    assert_eq!(
        one("Les forces du Kremlin avancent.").side.as_deref(),
        Some("russia")
    );
    assert_eq!(
        one("L'armée de Kyiv résiste.").side.as_deref(),
        Some("ukraine")
    );
    let u = one("Une division basée à Irkoutsk a filmé un appel.");
    assert_eq!(
        (u.location.as_deref(), u.mention),
        (Some("Irkoutsk"), MentionType::Descriptive)
    );
    assert_eq!(
        one("Le régiment de Belgorod est parti.")
            .location
            .as_deref(),
        Some("Belgorod")
    );
    let u = one("On nous a ordonné de former un groupe d'assaut de 10 soldats.");
    assert_eq!((u.size, u.specialty.as_deref()), (Some(10), Some("assaut")));
    assert_eq!(
        one("Un bataillon de près de 400 hommes a été engagé.").size,
        Some(400)
    );
    assert_eq!(
        one("Une compagnie de cent vingt hommes attend.").size,
        Some(120)
    );
}

#[test]
fn generic_mentions() {
    for (text, kind) in [
        ("Mon unité a été détruite, dit le soldat.", UnitKind::Unit),
        ("Notre régiment n'a plus de munitions.", UnitKind::Regiment),
        (
            "Le capitaine de la section refuse les ordres.",
            UnitKind::Platoon,
        ),
        ("Les soldats décrivent la milice locale.", UnitKind::Militia),
    ] {
        let u = one(text);
        assert_eq!((u.kind, u.mention), (kind, MentionType::Generic), "{text}");
    }
    let u = one("Le régiment russe affirme le contraire.");
    assert_eq!(u.side.as_deref(), Some("russia"));
}

#[test]
fn false_friends() {
    for text in [
        "Un groupe de soldats a publié une vidéo.",
        "Les groupes de militaires se plaignent.",
        "Relisez la section 2 de l'article.",
        "Le kilogramme est une unité de mesure.",
        "Le régime a durci la répression.",
        "Il appelle à l'unité nationale.",
        "Ils sont vendus en unités.",
        "La compagnie aérienne a suspendu ses vols.",
        "Il a reçu la Légion d'honneur.",
        "Le chef de bataillon a pris sa retraite.",
        "Les forces de l'ordre sont sur place.",
        "Une armée de bénévoles a nettoyé la plage.",
        "Le corps du soldat a été retrouvé.",
        "La division du travail est ancienne.",
        "Ils sont légion à réclamer des comptes.",
    ] {
        none(text);
    }
}

#[test]
fn json_field_names_are_the_contract() {
    let u = one("Le 1442e régiment de fusiliers motorisés a fui.");
    let v = serde_json::to_value(&u).unwrap();
    for key in [
        "start",
        "end",
        "text",
        "kind",
        "number",
        "name",
        "id",
        "specialty",
        "side",
        "location",
        "size",
        "mention",
        "in_body",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["kind"], "regiment");
    assert_eq!(v["mention"], "numbered");
    let a = frnews::analyze("Le 1442e régiment a fui.");
    assert_eq!(a.military_units.len(), 1);
}

#[test]
fn user_extension_of_the_gazetteer() {
    let gz = Gazetteer::builder()
        .add_json(
            r#"[{"id": "skala", "name": "Skala", "kind": "battalion", "side": "ukraine",
                 "names": ["Skala"], "aliases": ["bataillon d'assaut Skala"]}]"#,
        )
        .unwrap()
        .build()
        .unwrap();
    let v = military_units_with("Le bataillon Skala et le groupe Wagner.", &gz);
    let ids: Vec<_> = v.iter().map(|u| u.id.as_deref()).collect();
    assert_eq!(ids, [Some("skala"), Some("wagner")]);
    assert!(
        Gazetteer::builder()
            .add_json("not json")
            .unwrap_err()
            .is_data()
    );
    assert!(
        Gazetteer::builder()
            .add_json(r#"{"id": "x"}"#)
            .unwrap_err()
            .is_data()
    );
}

#[test]
fn gazetteer_size_and_ids() {
    let gz = Gazetteer::builtin();
    assert!(gz.entries().len() >= 40);
    for e in gz.entries() {
        assert!(
            !e.id.is_empty()
                && e.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{}",
            e.id
        );
    }
}

#[test]
fn complements_that_are_units_or_places() {
    // A type word followed by "de" + another unit is not a collective noun.
    let v = military_units("Les unités de l'armée ukrainienne ont repris la ville.");
    let texts: Vec<_> = v.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(texts, ["Les unités", "l'armée ukrainienne"]);
    let v = military_units("Il a été affecté à la compagnie de transport du régiment.");
    assert_eq!(v[0].specialty.as_deref(), Some("transport"));
    let u = &military_units("La 4e brigade de la République de Donetsk a été dissoute.")[0];
    assert_eq!(u.location.as_deref(), Some("République de Donetsk"));
    // The gazetteer number belongs to its kind: the 12e brigade, not a regiment.
    assert_eq!(one("Le régiment Azov a défilé.").number, None);
    assert_eq!(one("La brigade Azov a défilé.").number, Some(12));
}

#[test]
fn police_brigades_are_not_military_units() {
    none("Une brigade de la police criminelle enquête.");
    none("La brigade des stupéfiants a saisi dix kilos.");
    none("La brigade financière a perquisitionné le siège.");
    assert_eq!(
        one("Une brigade de gendarmerie est arrivée.").kind,
        UnitKind::Brigade
    );
    // CRS companies are police; an acronym is never read as a place.
    none("La première compagnie de CRS est intervenue.");
    assert_eq!(one("La 3e compagnie de CRS est intervenue.").location, None);
}

#[test]
fn ordinals_listed_before_one_type_word() {
    let got = |text: &str| -> Vec<(String, Option<u64>, UnitKind, Option<String>)> {
        military_units(text)
            .into_iter()
            .map(|u| {
                assert_eq!(&text[u.start..u.end], u.text);
                (u.text, u.number, u.kind, u.specialty)
            })
            .collect()
    };
    let b = UnitKind::Brigade;
    assert_eq!(
        got("Les 10e et 12e brigades ont reculé."),
        [
            ("10e".into(), Some(10), b, None),
            ("12e brigades".into(), Some(12), b, None)
        ]
    );
    let bn = UnitKind::Battalion;
    let chars = Some("chars".to_string());
    assert_eq!(
        got("Les 1er, 2e et 3e bataillons de chars attaquent."),
        [
            ("1er".into(), Some(1), bn, chars.clone()),
            ("2e".into(), Some(2), bn, chars.clone()),
            ("3e bataillons de chars".into(), Some(3), bn, chars)
        ]
    );
    let air = Some("aéroportée".to_string());
    assert_eq!(
        got("La 25e ou la 26e brigade aéroportée."),
        [
            ("La 25e".into(), Some(25), b, air.clone()),
            ("la 26e brigade aéroportée".into(), Some(26), b, air)
        ]
    );
    // The phrase's side, when written in it, is shared; its gazetteer
    // entry is not (a number alone does not say which formation).
    let v = military_units("Les 92e et 93e brigades ukrainiennes ont tenu.");
    assert_eq!(v.len(), 2);
    assert_eq!(
        (v[0].number, v[0].side.as_deref()),
        (Some(92), Some("ukraine"))
    );
    assert_eq!(
        (v[0].id.as_deref(), v[0].mention),
        (None, MentionType::Numbered)
    );
    // A list stays on its line.
    let v = military_units("Les 10e et\n12e brigades ont reculé.");
    assert_eq!(v.len(), 1, "{v:#?}");
    // One singular type word without a determiner for each ordinal: a
    // rank, then a unit.
    let v = military_units("Il est arrivé 3e et 12e brigade.");
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].text, "12e brigade");
}

/// A mention as (span, kind, number, specialty, side).
type Listed = (
    String,
    UnitKind,
    Option<u64>,
    Option<String>,
    Option<String>,
);

/// A sentence, its mentions as (span, kind, number), and the (specialty,
/// side) they all share.
type Case = (
    &'static str,
    Vec<(&'static str, UnitKind, u64)>,
    (Option<String>, Option<String>),
);

/// Each mention of `text` as (span, kind, number, specialty, side), its
/// span checked against its offsets.
fn listed(text: &str) -> Vec<Listed> {
    military_units(text)
        .into_iter()
        .map(|u| {
            assert_eq!(&text[u.start..u.end], u.text, "{text}");
            (u.text, u.kind, u.number, u.specialty, u.side)
        })
        .collect()
}

#[test]
fn coordinated_ordinals_share_their_unit_noun() {
    use UnitKind::{Battalion, Brigade, Company, Corps, Regiment};
    let s = |x: &str| Some(x.to_string());
    let rep = (s("étranger de parachutistes"), s("france"));
    // (sentence, [(span, kind, number)]), and the specialty and side every
    // mention of the sentence shares.
    let cases: Vec<Case> = vec![
        // An invariable abbreviation after a determiner of the list.
        (
            "Les 2e et 3e REP ont sauté sur Kolwezi.",
            vec![("2e", Regiment, 2), ("3e REP", Regiment, 3)],
            rep.clone(),
        ),
        (
            "Les légionnaires des 2e et 3e REP ont sauté.",
            vec![("2e", Regiment, 2), ("3e REP", Regiment, 3)],
            rep,
        ),
        (
            "Les 2e et 3e RPIMa ont sauté.",
            vec![("2e", Regiment, 2), ("3e RPIMa", Regiment, 3)],
            (s("parachutistes d'infanterie de marine"), s("france")),
        ),
        // A plural noun: the determiner written once is the list's.
        (
            "les 1er et 2e bataillons ont attaqué.",
            vec![("1er", Battalion, 1), ("2e bataillons", Battalion, 2)],
            (None, None),
        ),
        (
            "Les 3e, 4e et 5e brigades ont reculé.",
            vec![
                ("3e", Brigade, 3),
                ("4e", Brigade, 4),
                ("5e brigades", Brigade, 5),
            ],
            (None, None),
        ),
        (
            "Les 25e et 28e brigades mécanisées ont reculé.",
            vec![
                ("25e", Brigade, 25),
                ("28e brigades mécanisées", Brigade, 28),
            ],
            (s("mécanisée"), None),
        ),
        // A singular noun, each ordinal with its own article, or one
        // article for the list.
        (
            "La 1re et la 2e compagnie ont reculé près de Bakhmout.",
            vec![("La 1re", Company, 1), ("la 2e compagnie", Company, 2)],
            (None, None),
        ),
        (
            "Le 1er et 2e bataillon ont attaqué.",
            vec![("1er", Battalion, 1), ("2e bataillon", Battalion, 2)],
            (None, None),
        ),
        (
            "Le 2e, le 3e ou le 4e régiment sera envoyé.",
            vec![
                ("Le 2e", Regiment, 2),
                ("le 3e", Regiment, 3),
                ("le 4e régiment", Regiment, 4),
            ],
            (None, None),
        ),
        // Repeated prepositions and contractions stay out of the spans.
        (
            "Les soldats du 2e et du 3e bataillon ont attaqué.",
            vec![("2e", Battalion, 2), ("3e bataillon", Battalion, 3)],
            (None, None),
        ),
        (
            "Le chef de la 1re et de la 2e compagnie a été blessé au front.",
            vec![("la 1re", Company, 1), ("la 2e compagnie", Company, 2)],
            (None, None),
        ),
        // Ordinals in Roman numerals and in words, of one or more words.
        (
            "Les IIe et IIIe régiments ont attaqué.",
            vec![("IIe", Regiment, 2), ("IIIe régiments", Regiment, 3)],
            (None, None),
        ),
        (
            "Les Ier et IIe corps d'armée ont attaqué.",
            vec![("Ier", Corps, 1), ("IIe corps d'armée", Corps, 2)],
            (None, None),
        ),
        (
            "Les premier et deuxième régiments ont attaqué.",
            vec![
                ("premier", Regiment, 1),
                ("deuxième régiments", Regiment, 2),
            ],
            (None, None),
        ),
        (
            "Les vingt et unième et vingt-deuxième brigades ont attaqué.",
            vec![
                ("vingt et unième", Brigade, 21),
                ("vingt-deuxième brigades", Brigade, 22),
            ],
            (None, None),
        ),
        (
            "Les vingtième et vingt et unième brigades ont attaqué.",
            vec![
                ("vingtième", Brigade, 20),
                ("vingt et unième brigades", Brigade, 21),
            ],
            (None, None),
        ),
        (
            "Les soldats ont reculé. La première et la deuxième compagnie ont attaqué.",
            vec![
                ("La première", Company, 1),
                ("la deuxième compagnie", Company, 2),
            ],
            (None, None),
        ),
    ];
    for (text, want, (specialty, side)) in cases {
        let want: Vec<_> = want
            .into_iter()
            .map(|(span, kind, n)| {
                (
                    span.to_string(),
                    kind,
                    Some(n),
                    specialty.clone(),
                    side.clone(),
                )
            })
            .collect();
        assert_eq!(listed(text), want, "{text}");
    }
    // No unit noun after the list, an ordinal before it that opens no noun
    // phrase (a rank), an article of the other gender, a noun of its own:
    // no listed unit.
    for (text, want) in [
        ("Les 2e et 3e places du classement ont changé.", vec![]),
        (
            "Le 2e et le 3e jour de l'offensive, ils ont reculé.",
            vec![],
        ),
        (
            "Les 2e et 3e places sont revenues à la 12e brigade.",
            vec!["la 12e brigade"],
        ),
        ("Il est arrivé 3e et 12e brigade.", vec!["12e brigade"]),
        (
            "La France a terminé 2e et la 3e brigade a défilé.",
            vec!["la 3e brigade"],
        ),
        ("Le 2e et la 3e brigade ont attaqué.", vec!["la 3e brigade"]),
        (
            "Le 2e bataillon et 3e régiment ont attaqué.",
            vec!["Le 2e bataillon", "3e régiment"],
        ),
        (
            "Les 1er et 2e RCP et le 3e RPIMa ont sauté.",
            vec!["1er", "2e RCP", "le 3e RPIMa"],
        ),
    ] {
        let got: Vec<String> = listed(text).into_iter().map(|u| u.0).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn french_army_abbreviations_and_compound_specialties() {
    for (text, kind, number, specialty) in [
        (
            "Les légionnaires du 2e REP ont sauté.",
            UnitKind::Regiment,
            2,
            "étranger de parachutistes",
        ),
        (
            "Le 8e RPIMa est engagé.",
            UnitKind::Regiment,
            8,
            "parachutistes d'infanterie de marine",
        ),
        ("La 2e DB a libéré Paris.", UnitKind::Division, 2, "blindée"),
        (
            "Le 27e BCA est basé à Annecy.",
            UnitKind::Battalion,
            27,
            "chasseurs alpins",
        ),
        (
            "Le 2e régiment étranger de parachutistes est à Calvi.",
            UnitKind::Regiment,
            2,
            "étranger de parachutistes",
        ),
        (
            "Le 7e bataillon de chasseurs alpins défile.",
            UnitKind::Battalion,
            7,
            "chasseurs alpins",
        ),
        (
            "La 80e brigade d'assaut aéromobile tient.",
            UnitKind::Brigade,
            80,
            "assaut aéromobile",
        ),
        (
            "La 27e brigade d'infanterie de montagne tient.",
            UnitKind::Brigade,
            27,
            "infanterie de montagne",
        ),
    ] {
        let u = one(text);
        assert_eq!(
            (u.kind, u.number, u.specialty.as_deref()),
            (kind, Some(number), Some(specialty)),
            "{text}"
        );
        assert!(text.contains(&u.text) && !u.text.ends_with(' '), "{text}");
    }
    // In lowercase, or without an ordinal, the letters are no abbreviation.
    none("Le ri de la page et la db de données.");
    none("La DB annonce une grève et les RG enquêtent.");
    none("Les REP manquent de moyens.");
}

#[test]
fn a_strong_type_word_before_civilians_is_a_crowd() {
    none("Un régiment de supporters a envahi le stade.");
    none("Une brigade de bénévoles distribue des repas.");
    let u = one("Le bataillon de chars a avancé.");
    assert_eq!(u.text, "Le bataillon de chars");
    let u = one("Un bataillon de 500 hommes est arrivé.");
    assert_eq!(u.size, Some(500));
}

#[test]
fn a_count_of_formations_is_kept_apart_from_the_span() {
    let cases = [
        (
            "Trois brigades ukrainiennes ont attaqué.",
            "brigades ukrainiennes",
            3,
        ),
        ("Les 12 régiments engagés ont reculé.", "régiments", 12),
        (
            "Deux bataillons russes ont été détruits.",
            "bataillons russes",
            2,
        ),
        (
            "Vingt régiments russes ont été mobilisés.",
            "régiments russes",
            20,
        ),
    ];
    for (text, span, n) in cases {
        let u = one(text);
        assert_eq!((u.text.as_str(), u.count), (span, Some(n)), "{text}");
    }
    // Compound and hundred words; a year is no count.
    assert_eq!(
        one("Vingt-deux bataillons russes ont attaqué.").count,
        Some(22)
    );
    assert_eq!(one("Cent bataillons ont été formés.").count, Some(100));
    for text in [
        "Deux ou trois brigades ont reculé.",
        "Entre deux et trois brigades ont reculé.",
    ] {
        assert_eq!(one(text).count, None, "{text}");
    }
    let v = military_units("En 2022 brigades et régiments ont reculé.");
    assert!(v.iter().all(|u| u.count.is_none()), "{v:#?}");
    // One formation, a vague amount, a rank: no count.
    for text in [
        "Une brigade a attaqué.",
        "Plusieurs brigades ont reculé.",
        "La 47e brigade a attaqué.",
    ] {
        assert_eq!(one(text).count, None, "{text}");
    }
}

#[test]
fn armies_of_other_countries_and_their_false_friends() {
    for (text, mention, side) in [
        (
            "L'armée française a achevé son retrait du Niger.",
            "L'armée française",
            "france",
        ),
        (
            "L'armée américaine a abattu un drone.",
            "L'armée américaine",
            "united_states",
        ),
        (
            "Les forces israéliennes ont frappé.",
            "Les forces israéliennes",
            "israel",
        ),
        (
            "Tsahal a annoncé la mort de deux soldats.",
            "Tsahal",
            "israel",
        ),
    ] {
        let u = one(text);
        assert_eq!(
            (u.text.as_str(), u.kind, u.side.as_deref()),
            (mention, UnitKind::Army, Some(side)),
            "{text}"
        );
    }
    // A side of the war the gazetteer follows is evidence for any type
    // word; another side only for an army.
    assert_eq!(one("La compagnie russe a attaqué.").kind, UnitKind::Company);
    none("La compagnie française Total investit.");
    none("Lyon joue en première division française.");
    // A location or name alone among words of business: a company's
    // division; among soldiers, a formation.
    none("La division Europe de Renault a publié ses chiffres.");
    none("La division française de Renault vend plus de voitures.");
    none("La division russe de Renault a été cédée à un investisseur.");
    none("La section française d'Amnesty International dénonce.");
    none("L'unité américaine de Sanofi sera vendue.");
    let u = one("La division de Kherson a reculé face aux soldats.");
    assert_eq!(u.location.as_deref(), Some("Kherson"));
}

#[test]
fn formations_counted_by_a_collective() {
    // About so many: a mention without a count.
    let u = one("Une dizaine de bataillons ont été engagés.");
    assert_eq!(
        (u.text.as_str(), u.kind, u.count),
        ("bataillons", UnitKind::Battalion, None)
    );
    let u = one("Des dizaines de brigades ukrainiennes ont reculé.");
    assert_eq!(
        (u.kind, u.side.as_deref()),
        (UnitKind::Brigade, Some("ukraine"))
    );
    none("Une dizaine de groupes de touristes sont arrivés.");
}

/// A size in the soldiers of an arm: "de 120 légionnaires", "de 30
/// chasseurs alpins".
#[test]
fn sizes_in_the_soldiers_of_an_arm() {
    for (text, size) in [
        ("Une compagnie de 120 légionnaires a été déployée.", 120),
        ("Une section de 30 chasseurs alpins patrouille.", 30),
        ("Un escadron de 80 cavaliers a défilé.", 80),
    ] {
        let u = frnews::military_units(text);
        assert_eq!(u.len(), 1, "{text}: {u:?}");
        assert_eq!(u[0].size, Some(size), "{text}");
    }
    // Hunters in a group are no unit.
    assert!(frnews::military_units("Un groupe de chasseurs a tiré.").is_empty());
}

/// Coordinated singular type words take a plural adjective, which gives
/// both their side.
#[test]
fn coordinated_units_share_a_plural_side_adjective() {
    let u = frnews::military_units(
        "La 2e et la 3e brigade ukrainiennes ont lancé la contre-offensive.",
    );
    let sides: Vec<_> = u.iter().map(|m| (m.number, m.side.as_deref())).collect();
    assert_eq!(
        sides,
        [(Some(2), Some("ukraine")), (Some(3), Some("ukraine"))]
    );
}

/// The armies of the European states in the news of the war in Ukraine
/// have their side.
#[test]
fn european_sides() {
    for (text, side) in [
        (
            "Une brigade néerlandaise a été déployée en Lituanie.",
            "netherlands",
        ),
        ("Les forces armées suédoises ont rejoint l'OTAN.", "sweden"),
        ("Un bataillon danois est arrivé.", "denmark"),
    ] {
        let u = frnews::military_units(text);
        assert_eq!(u.len(), 1, "{text}: {u:?}");
        assert_eq!(u[0].side.as_deref(), Some(side), "{text}");
    }
}
