//! Numbers stage: seed expectations (from a careful reading of the five
//! seed articles), sentences of our own, and properties.

use frnews::numbers::{
    NumberKind, NumberMention, NumberOptions, Qualifier, Spelling, numbers, numbers_with,
    to_french_words_with,
};
use proptest::prelude::*;

mod common;
use common::seed;

/// (text, value, qualifier, unit, counted)
type Expect<'a> = (&'a str, f64, Qualifier, Option<&'a str>, Option<&'a str>);

fn check(text: &str, expected: &[Expect<'_>]) {
    let found = numbers(text);
    let got: Vec<String> = found.iter().map(|m| m.text.clone()).collect();
    assert_eq!(found.len(), expected.len(), "mentions found: {got:?}");
    for (m, &(t, v, q, u, c)) in found.iter().zip(expected) {
        assert_eq!(m.text, t);
        assert_eq!(&text[m.start..m.end], m.text);
        let val = m.value.or(m.low).unwrap();
        assert!((val - v).abs() < 1e-9, "{t}: {val} != {v}");
        assert_eq!(m.qualifier, q, "{t}");
        assert_eq!(m.unit.as_deref(), u, "{t}");
        assert_eq!(m.counted.as_deref(), c, "{t}");
        assert!(m.in_body);
    }
}

use Qualifier::*;

#[test]
fn seed_000_surrender_by_drone() {
    // "le 9 mai dernier" is a date; "un soldat", "un drone", "un flash" are articles.
    check(
        &seed("000_"),
        &[
            ("deux appareils", 2.0, Exact, None, Some("appareils")),
            ("deux flashs", 2.0, Exact, None, Some("flashs")),
            (
                "un peu moins d'un kilomètre",
                1.0,
                LessThan,
                Some("km"),
                None,
            ),
        ],
    );
    let m = &numbers(&seed("000_"))[2];
    assert!(m.approx);
    assert_eq!(m.high, Some(1.0));
}

#[test]
fn seed_001_hotline() {
    // Dates "le 18 mai 2022" (twice), "le 15 septembre", "le 8 janvier" are
    // the dates stage's; "24 heures sur 24" is a frequency (dates stage).
    let text = seed("001_");
    check(
        &text,
        &[
            (
                "plus de 6500 appels",
                6500.0,
                MoreThan,
                None,
                Some("appels"),
            ),
            (
                "Plus de 6500 militaires",
                6500.0,
                MoreThan,
                None,
                Some("militaires"),
            ),
            ("10 soldats", 10.0, Exact, None, Some("soldats")),
            (
                "pas moins de 6543 demandes",
                6543.0,
                AtLeast,
                None,
                Some("demandes"),
            ),
            (
                "300.000 réservistes",
                300_000.0,
                Exact,
                None,
                Some("réservistes"),
            ),
            (
                "une dizaine de personnes",
                10.0,
                Approx,
                None,
                Some("personnes"),
            ),
            (
                "2 millions de visite",
                2_000_000.0,
                Exact,
                None,
                Some("visite"),
            ),
            ("trois-quarts", 0.75, Exact, None, None),
            ("1646 membres", 1646.0, Exact, None, Some("membres")),
        ],
    );
    let found = numbers(&text);
    assert!(!found[5].vague);
    assert_eq!(found[7].kind, NumberKind::Fraction);
}

#[test]
fn seed_002_deserters() {
    let text = seed("002_");
    check(
        &text,
        &[
            ("Un kilomètre et demi", 1.5, Exact, Some("km"), None),
            ("Deux", 2.0, Exact, None, None),
            ("première ligne", 1.0, Exact, None, Some("ligne")),
            ("deux kilomètres", 2.0, Exact, Some("km"), None),
            ("un seul pas", 1.0, Exact, None, Some("pas")),
            ("plus de 500 Russes", 500.0, MoreThan, None, Some("Russes")),
        ],
    );
    assert_eq!(numbers(&text)[2].kind, NumberKind::Ordinal);
}

#[test]
fn seed_003_refusal() {
    check(
        &seed("003_"),
        &[
            ("plus d’un an", 1.0, MoreThan, Some("yr"), None),
            ("2 min", 2.0, Exact, Some("min"), None),
        ],
    );
}

#[test]
fn seed_004_regiment_1442() {
    // "2023-09" is a date token.
    check(
        &seed("004_"),
        &[
            ("1442e régiment", 1442.0, Exact, None, Some("régiment")),
            ("10 soldats", 10.0, Exact, None, Some("soldats")),
            ("1442e régiment", 1442.0, Exact, None, Some("régiment")),
        ],
    );
}

fn one(text: &str) -> NumberMention {
    let found = numbers(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

#[test]
fn digits_in_every_grouping() {
    for (t, v) in [
        ("6500", 6500.0),
        ("6 500", 6500.0),
        ("6\u{A0}500", 6500.0),
        ("6\u{202F}500", 6500.0),
        ("300.000", 300_000.0),
        ("1'000'000", 1_000_000.0),
        ("1,5", 1.5),
        ("0,75", 0.75),
        ("-3", -3.0),
        ("6.700,54", 6700.54),
    ] {
        let m = one(&format!("Il y en avait {t}."));
        assert_eq!(m.value, Some(v), "{t}");
        assert_eq!(m.text, t);
    }
    assert_eq!(one("« 3.5 »").kind, NumberKind::Decimal);
}

#[test]
fn words_and_scales() {
    for (t, v) in [
        ("vingt et un", 21.0),
        ("vingt-et-un", 21.0),
        ("soixante-dix-sept", 77.0),
        ("quatre-vingts", 80.0),
        ("deux cent mille", 200_000.0),
        ("mille neuf cent quatre-vingt-quatre", 1984.0),
        ("un million deux cent mille", 1_200_000.0),
        ("septante-deux", 72.0),
        ("nonante et un", 91.0),
        ("huitante", 80.0),
        ("six cents millions", 600_000_000.0),
        ("2 millions", 2_000_000.0),
        ("1,5 milliard", 1_500_000_000.0),
    ] {
        // Million and milliard are nouns: "de" before the counted noun.
        let de = if t.ends_with("ons") || t.ends_with("ard") {
            "de "
        } else {
            ""
        };
        let text = format!("On compte {t} {de}blessés.");
        let m = one(&text);
        assert_eq!(m.value, Some(v), "{t}");
        assert_eq!(m.counted.as_deref(), Some("blessés"), "{t}");
    }
    let m = one("Le projet coûte 3 milliards d'euros.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(3e9), Some("EUR")));
}

#[test]
fn collectives() {
    let m = one("Une douzaine d'œufs.");
    assert_eq!((m.value, m.qualifier, m.vague), (Some(12.0), Approx, false));
    let m = one("Il a tué plusieurs centaines de civils.");
    assert_eq!((m.low, m.qualifier, m.vague), (Some(100.0), AtLeast, true));
    let m = one("On a vu des milliers de drapeaux.");
    assert_eq!((m.low, m.vague), (Some(1000.0), true));
    let m = one("Des dizaines de milliers de réfugiés.");
    assert_eq!(
        (m.low, m.counted.as_deref()),
        (Some(10_000.0), Some("réfugiés"))
    );
    let m = one("Un millier de manifestants.");
    assert_eq!((m.value, m.qualifier), (Some(1000.0), Approx));
    let m = one("une vingtaine");
    assert_eq!(m.value, Some(20.0));
}

#[test]
fn qualifiers_and_ranges() {
    for (t, q, v) in [
        ("moins de 20 morts", LessThan, 20.0),
        ("au moins 20 morts", AtLeast, 20.0),
        ("au minimum 20 morts", AtLeast, 20.0),
        ("au plus 20 morts", AtMost, 20.0),
        ("au maximum 20 morts", AtMost, 20.0),
        ("jusqu'à 20 morts", AtMost, 20.0),
        ("environ 20 morts", Approx, 20.0),
        ("près de 20 morts", Approx, 20.0),
        ("quelque 20 morts", Approx, 20.0),
        ("autour de 20 morts", Approx, 20.0),
        ("presque 20 morts", Approx, 20.0),
        ("approximativement 20 morts", Approx, 20.0),
        ("un peu plus de 20 morts", MoreThan, 20.0),
        ("20 morts environ", Approx, 20.0),
    ] {
        let m = one(&format!("Le bilan: {t}."));
        assert_eq!(m.text, t);
        assert_eq!((m.qualifier, m.value), (q, Some(v)), "{t}");
    }
    for (t, lo, hi) in [
        ("entre 300 et 400 soldats", 300.0, 400.0),
        ("de 10 à 15 soldats", 10.0, 15.0),
        ("300 à 400 soldats", 300.0, 400.0),
        ("10-15 soldats", 10.0, 15.0),
        ("deux ou trois soldats", 2.0, 3.0),
        ("2 ou 3 soldats", 2.0, 3.0),
        ("1 ou 2 %", 1.0, 2.0),
    ] {
        let m = one(&format!("Il y avait {t} sur place."));
        assert_eq!(m.text, t);
        assert_eq!(
            (m.qualifier, m.value, m.low, m.high),
            (Range, None, Some(lo), Some(hi)),
            "{t}"
        );
    }
}

#[test]
fn fractions_percentages_ordinals() {
    for (t, v) in [
        ("les trois quarts", 0.75),
        ("la moitié", 0.5),
        ("un tiers", 1.0 / 3.0),
    ] {
        let found = numbers(&format!("Il a perdu {t} de ses hommes."));
        assert_eq!(found.len(), 1, "{t}");
        assert_eq!(found[0].kind, NumberKind::Fraction);
        assert!((found[0].value.unwrap() - v).abs() < 1e-12, "{t}");
    }
    for t in ["75 %", "75%", "75 pour cent"] {
        let m = one(&format!("Il a obtenu {t} des voix."));
        assert_eq!(
            (m.kind, m.value, m.unit.as_deref()),
            (NumberKind::Percent, Some(75.0), Some("%"))
        );
    }
    let m = one("Le chômage a baissé de 0,5 point.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(0.5), Some("pt")));
    for (t, v) in [
        ("1er", 1.0),
        ("1re", 1.0),
        ("2e", 2.0),
        ("2ème", 2.0),
        ("2nd", 2.0),
        ("1442e", 1442.0),
        ("deuxième", 2.0),
        ("vingt et unième", 21.0),
        ("IIe", 2.0),
        ("XXIe", 21.0),
    ] {
        let m = one(&format!("C'est son {t} essai."));
        assert_eq!((m.kind, m.value), (NumberKind::Ordinal, Some(v)), "{t}");
    }
    assert_eq!(one("le premier bataillon").kind, NumberKind::Ordinal);
}

#[test]
fn units() {
    for (t, v, u) in [
        ("deux kilomètres", 2.0, "km"),
        ("2 km", 2.0, "km"),
        ("2 min", 2.0, "min"),
        ("48 heures", 48.0, "h"),
        ("500 000 $", 500_000.0, "USD"),
        ("20 °C", 20.0, "°C"),
        ("20 degrés Celsius", 20.0, "°C"),
        ("1 000 tonnes", 1000.0, "t"),
        ("un kilomètre et demi", 1.5, "km"),
        ("deux heures et demie", 2.5, "h"),
        ("120 km/h", 120.0, "km/h"),
    ] {
        let m = one(&format!("Il a parcouru {t} hier."));
        assert_eq!(m.text, t);
        assert_eq!((m.value, m.unit.as_deref()), (Some(v), Some(u)), "{t}");
    }
}

/// A participle that folds to a label word ("placé" → "place") and a label
/// word before a counted noun leave the count a count.
#[test]
fn counts_after_words_folding_to_labels() {
    for (text, mention) in [
        (
            "Météo-France a placé 12 départements en vigilance.",
            "12 départements",
        ),
        (
            "La police a placé 12 personnes en garde à vue.",
            "12 personnes",
        ),
        ("Il a porté 3 plaintes.", "3 plaintes"),
        ("Le classement place 4 Français dans le top.", "4 Français"),
        ("Le coureur s'est placé 5e au sprint.", "5e"),
        ("Elle s'est classée 2e.", "2e"),
    ] {
        assert_eq!(one(text).text, mention, "{text}");
    }
}

/// A number before "à" and a clock time written with spaces opens no
/// range of hours: the time is the dates stage's.
#[test]
fn no_range_into_a_spaced_clock_time() {
    for text in [
        "Le reportage a été diffusé sur France 2 à 20 h 55.",
        "Le match sera diffusé sur la chaîne 3 à 21 h 10.",
    ] {
        let found = numbers(text);
        assert!(found.iter().all(|m| m.high.is_none()), "{text}: {found:?}");
    }
    let m = one("Il faut 2 à 3 h pour y aller.");
    assert_eq!((m.low, m.high), (Some(2.0), Some(3.0)));
    // Digit alternatives without a unit or counted noun are labels, and
    // after "à" clock times: no range.
    for text in [
        "Les lignes 2 ou 3 du métro sont perturbées.",
        "Le vol partira à 8 ou 9 heures.",
    ] {
        let found = numbers(text);
        assert!(found.iter().all(|m| m.high.is_none()), "{text}: {found:?}");
    }
}

/// Fractions written with a slash before "des"/"du", and ordinal
/// denominators after a cardinal ("58 centièmes", "un cinquième").
#[test]
fn slash_and_ordinal_fractions() {
    for (text, mention, v) in [
        (
            "Les 3/4 des communes sont touchées.",
            "3/4 des communes",
            0.75,
        ),
        (
            "Un cinquième des élèves est absent.",
            "Un cinquième des élèves",
            0.2,
        ),
        ("Il a battu le record d'un dixième.", "un dixième", 0.1),
        ("Il a fini à 58 centièmes.", "58 centièmes", 0.58),
        // A plural ordinal after a cardinal in words: a fraction, not the
        // ordinal "deux-centième".
        ("Il a gagné de cinq millièmes.", "cinq millièmes", 0.005),
        (
            "Il a échoué à vingt-trois centièmes du podium.",
            "vingt-trois centièmes du podium",
            0.23,
        ),
    ] {
        let m = one(text);
        assert_eq!(
            (m.text.as_str(), m.kind),
            (mention, NumberKind::Fraction),
            "{text}"
        );
        assert!((m.value.unwrap() - v).abs() < 1e-9, "{text}");
    }
    // An ordinal before a noun stays one.
    assert_eq!(one("Un centième anniversaire.").kind, NumberKind::Ordinal);
    let m = one("Le deux centième anniversaire de la ville.");
    assert_eq!((m.kind, m.value), (NumberKind::Ordinal, Some(200.0)));
    // After two or more, the plural needs no closing word.
    let found: Vec<_> = numbers("La prévision a été revue de deux dixièmes à 0,6 %.")
        .into_iter()
        .map(|m| (m.text, m.value))
        .collect();
    assert_eq!(
        found,
        [
            ("deux dixièmes".to_string(), Some(0.2)),
            ("0,6 %".to_string(), Some(0.6))
        ]
    );
}

/// A scale's amount then a smaller scale's is one number.
#[test]
fn amounts_of_two_scales() {
    let m = one("Le pays a dépensé 1 milliard 200 millions d'euros.");
    assert_eq!(
        (m.text.as_str(), m.value, m.unit.as_deref()),
        ("1 milliard 200 millions d'euros", Some(1.2e9), Some("EUR"))
    );
    assert_eq!(one("Ils sont 2 millions 500 mille.").value, Some(2.5e6));
}

/// A five-digit count before a capitalised noun, with no sign of an
/// address, stays a count; plural "places" counts.
#[test]
fn counts_that_look_like_addresses() {
    for (text, mention) in [
        (
            "Il y avait 20000 Ukrainiens à la frontière.",
            "20000 Ukrainiens",
        ),
        ("Il reste 3 places libres.", "3 places"),
        (
            "Selon la préfecture, 13000 Marseillais ont défilé.",
            "13000 Marseillais",
        ),
        (
            "Au total, 45000 Français ont été rapatriés.",
            "45000 Français",
        ),
    ] {
        assert_eq!(one(text).text, mention, "{text}");
    }
}

/// A rising pair glued by a hyphen before a unit or without a word of sport
/// or vote is a range, as before scores were told apart.
#[test]
fn units_of_science_energy_and_polls() {
    for (text, mention, unit) in [
        ("LFI perd 3 pts dans le sondage.", "3 pts", "pt"),
        ("Des puces gravées en 3 nanomètres.", "3 nanomètres", "nm"),
        (
            "Une surface de 120 mètres carrés.",
            "120 mètres carrés",
            "m²",
        ),
        ("Un réservoir de 300 m3.", "300 m3", "m³"),
        ("Une production de 500 TWh.", "500 TWh", "TWh"),
        ("Le CO2 a atteint 420 ppm.", "420 ppm", "ppm"),
        ("Un taux d'alcool de 0,5 pour mille.", "0,5 pour mille", "‰"),
        ("La natalité est de 11 ‰.", "11 ‰", "‰"),
        ("Un iPhone avec 256 Go de stockage.", "256 Go", "GB"),
        ("Du paracétamol 1000 mg.", "1000 mg", "mg"),
        (
            "Le lac contient 18 kilomètres cubes d'eau.",
            "18 kilomètres cubes",
            "km³",
        ),
        // A unit after "premiers"/"derniers": a length.
        (
            "Ses 28 premiers jours sur Netflix.",
            "28 premiers jours",
            "d",
        ),
    ] {
        let m = one(text);
        assert_eq!(
            (m.text.as_str(), m.unit.as_deref()),
            (mention, Some(unit)),
            "{text}"
        );
    }
}

#[test]
fn below_a_threshold() {
    for (text, mention) in [
        ("Le chômage est repassé sous les 7 %.", "sous les 7 %"),
        (
            "La dette est passée sous la barre des 100 milliards.",
            "sous la barre des 100 milliards",
        ),
    ] {
        let m = one(text);
        assert_eq!(
            (m.text.as_str(), m.qualifier),
            (mention, Qualifier::LessThan),
            "{text}"
        );
    }
    // A number in words after "sous les" is no threshold.
    let m = one("Sous les deux mandats de Jacques Chirac, rien.");
    assert_eq!(m.qualifier, Qualifier::Exact);
}

#[test]
fn a_rank_counts_its_noun() {
    for (text, noun) in [
        ("Une dixième journée de mobilisation est prévue.", "journée"),
        ("Il a abandonné au 10e kilomètre.", "kilomètre"),
    ] {
        let m = one(text);
        assert_eq!(m.kind, NumberKind::Ordinal, "{text}");
        assert_eq!(
            (m.unit.as_deref(), m.counted.as_deref()),
            (None, Some(noun)),
            "{text}"
        );
    }
}

#[test]
fn a_proportion_needs_a_bare_denominator() {
    let m = one("Un prêt sur 15-20 ans reste avantageux.");
    assert_eq!(
        (m.low, m.high, m.unit.as_deref()),
        (Some(15.0), Some(20.0), Some("yr"))
    );
    let m = one("Un homme sur deux a voté.");
    assert_eq!(m.value, Some(0.5));
    let m = one("Le budget s'élève à 12,7 mds d'euros.");
    assert_eq!(m.value, Some(1.27e10));
}

#[test]
fn prices_per_unit() {
    for (text, mention, unit) in [
        (
            "Le mètre carré se vend 9 980 €/m² à Paris.",
            "9 980 €/m²",
            "EUR/m²",
        ),
        ("Le forfait coûte 15,99 €/mois.", "15,99 €/mois", "EUR/mo"),
        (
            "Il gagne 2 000 euros par mois.",
            "2 000 euros par mois",
            "EUR/mo",
        ),
        (
            "Un budget de 30 millions d'euros par an.",
            "30 millions d'euros par an",
            "EUR/yr",
        ),
        ("Le Brent cote 80 $/baril.", "80 $/baril", "USD/bbl"),
        ("Le kilowattheure à 0,20 €/kWh.", "0,20 €/kWh", "EUR/kWh"),
        // "le"/"la" and a unit, "de l'heure", "brut par mois".
        (
            "Le baril a bondi à 120 dollars le baril.",
            "120 dollars le baril",
            "USD/bbl",
        ),
        (
            "Le blé vaut 250 euros la tonne.",
            "250 euros la tonne",
            "EUR/t",
        ),
        (
            "Il touche 11,52 euros de l'heure.",
            "11,52 euros de l'heure",
            "EUR/h",
        ),
        (
            "Le SMIC atteint 1 747 euros brut par mois.",
            "1 747 euros brut par mois",
            "EUR/mo",
        ),
    ] {
        let m = one(text);
        assert_eq!(
            (m.text.as_str(), m.unit.as_deref()),
            (mention, Some(unit)),
            "{text}"
        );
    }
    // A period named with its article and a direction is a date, no rate.
    for text in [
        "Il a perdu 164 milliards d'euros l'an dernier.",
        "Il a gagné 3,2 millions d'euros le mois dernier.",
        "Un budget de 500 millions d'euros l'année prochaine.",
    ] {
        assert_eq!(one(text).unit.as_deref(), Some("EUR"), "{text}");
    }
    // Per a person or a thing that is no unit: the currency alone.
    let m = one("Le repas coûte 10 euros par personne.");
    assert_eq!(
        (m.text.as_str(), m.unit.as_deref()),
        ("10 euros", Some("EUR"))
    );
}

#[test]
fn names_models_and_identifiers_are_no_counts() {
    for (text, expected) in [
        ("Le Boeing 737 MAX a été cloué au sol.", vec![]),
        ("La Ligue 1 reprendra avec 18 clubs.", vec!["18 clubs"]),
        ("Le n° 1 mondial du luxe rachète un joaillier.", vec![]),
        ("Le décret n° 2023-456 est paru.", vec![]),
        (
            "C'est régi par l'article L. 1224-1 du Code du travail.",
            vec![],
        ),
        ("Berlin livre 14 chars Leopard 2 A6.", vec!["14 chars"]),
        ("Air France a commandé 40 Boeing 787.", vec!["40 Boeing"]),
        // A count after a name stays one.
        ("Paris a livré à l'Ukraine 12 canons.", vec!["12 canons"]),
        (
            "La France a livré à l'Ukraine 18 Caesar.",
            vec!["18 Caesar"],
        ),
        // A name opening a sentence: a capital says nothing there, but a
        // bare number follows only a function word or an adverb.
        ("France 2 a diffusé le reportage.", vec![]),
        ("Il pleut. Paris 2024 sera une fête.", vec![]),
        ("Euro 2024 : la France est éliminée.", vec![]),
        ("« Windows 11 arrive », dit-il.", vec![]),
        ("Seuls 3 ont survécu.", vec!["3"]),
        ("Seulement 12 ont répondu.", vec!["12"]),
        (
            "Parmi eux, 20 ont été tués. Voici 10 propositions.",
            vec!["20", "10 propositions"],
        ),
        ("Environ 200 ont fui.", vec!["Environ 200"]),
        ("Mardi 12 personnes ont été arrêtées.", vec!["12 personnes"]),
        // A nationality in lowercase after a model's number qualifies the
        // model; it is no counted noun.
        (
            "Londres a livré 14 Challenger 2 britanniques à Kiev.",
            vec!["14 Challenger"],
        ),
        ("Kiev a reçu 3 chars britanniques.", vec!["3 chars"]),
        ("Kiev attend 10 Leopard 1 danois.", vec!["10 Leopard"]),
    ] {
        let found: Vec<String> = numbers(text).into_iter().map(|m| m.text).collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn rising_pairs_stay_ranges() {
    for (text, lo, hi) in [
        ("Il faut 3-5 ans.", 3.0, 5.0),
        ("Les 18-25 ans votent peu.", 18.0, 25.0),
        ("Il a obtenu 10-12 points.", 10.0, 12.0),
        // After a word of sport, a counted noun still makes a range.
        ("Lors du match, 2-3 supporters ont été blessés.", 2.0, 3.0),
        // Likewise with "à" after a word of sport: a unit, a counted noun.
        ("Ils ont gagné 3 à 5 matchs.", 3.0, 5.0),
        (
            "Les actions ont perdu 10 à 15 % de leur valeur.",
            10.0,
            15.0,
        ),
        ("Il a perdu 3 à 4 kilos.", 3.0, 4.0),
    ] {
        let m = one(text);
        assert_eq!((m.low, m.high), (Some(lo), Some(hi)), "{text}");
    }
}

#[test]
fn not_numbers() {
    for t in [
        "Un F-16 et un Su-25 ont croisé un S-400.",
        "Le G7 parle du COVID-19.",
        "Un Boeing 737 a atterri.",
        "Il regarde la 7 le soir.",
        "Il est arrivé le 9 mai 2022 à 14h30.",
        "Rendez-vous le 1er mai.",
        "Il est né en 2014.",
        "Appelez le 01 23 45 67 89.",
        "Un soldat russe a parlé à une journaliste.",
        "L'un d'eux est parti.",
        "Le service fonctionne 24 heures sur 24 et 7 jours sur 7.",
        "Il est resté du 13 au 15 juillet.",
        "Le Premier ministre parle.",
        "Attendez une minute... non, une seconde fois.",
        "Selon l'article 5, rien.",
        "Rendez-vous porte 3.",
        // Scores and tallies.
        "Le PSG a battu Lyon 3-1 samedi.",
        "Le match s'est terminé sur un 2-2.",
        "Une victoire 1-3 à l'extérieur.",
        "La Cour a tranché par un vote 5-4.",
        "Le club joue en 4-3-3.",
        "Le PSG s'est imposé 3 à 1 face à l'OM.",
        "Les Bleus ont battu l'Irlande 28 à 24 au Stade de France.",
        "La victoire 2 à 0 des Bleus.",
        "La finale s'est terminée sur le score de 3 à 3.",
        "La Rochelle s'est inclinée 24 à 20.",
        "En battant La Rochelle 29 à 26, Toulouse est champion.",
        "Lyon a été éliminé 2 à 1.",
        // Sets listed with commas.
        "Il a gagné 6-4, 3-6, 7-5.",
        // Model names and texts with dashed parts.
        "Air France exploite le Boeing 787-9 sur cette ligne.",
        "Le Mirage 2000-5 a été livré.",
        "Il est poursuivi selon l'article 222-13 du Code pénal.",
        "Le décret 2023-310 a été publié.",
        // A group named by its number.
        "Les Vingt-Sept se sont mis d'accord.",
        "Le sommet des Quinze a échoué.",
        // Addresses.
        "Il habite au 12 rue de la Paix, 75002 Paris.",
        "Siège : 3 bis avenue Foch 75116 Paris.",
        "BP 12, 31000 Toulouse Cedex.",
    ] {
        let found: Vec<String> = numbers(t)
            .into_iter()
            .filter(|m| m.unit.is_none())
            .map(|m| m.text)
            .collect();
        assert!(found.is_empty(), "{t}: {found:?}");
    }
    // Articles become numbers when asked.
    let found = numbers_with("Un soldat russe.", NumberOptions { articles: true });
    assert_eq!(found.len(), 1);
    // "un" counts in "un homme sur deux": a proportion, one half.
    let found = numbers("Un homme sur deux a voté.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Un homme sur deux");
    assert_eq!(
        (found[0].kind, found[0].value),
        (NumberKind::Fraction, Some(0.5))
    );
}

#[test]
fn huge_number_is_explicitly_out_of_range() {
    let big = "9".repeat(10_000);
    let found = numbers(&big);
    assert_eq!(found.len(), 1);
    assert!(found[0].out_of_range);
    assert_eq!(found[0].value, None);
    let json = serde_json::to_string(&found).unwrap();
    assert!(json.contains("\"out_of_range\":true"));
}

#[test]
fn json_field_names() {
    let v = serde_json::to_value(numbers("plus de 6500 appels")).unwrap();
    let m = &v[0];
    for k in [
        "start",
        "end",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "counted",
        "vague",
        "in_body",
    ] {
        assert!(m.get(k).is_some(), "{k}");
    }
    assert_eq!(m["qualifier"], "more_than");
    assert_eq!(m["kind"], "cardinal");
}

fn grouped(n: u64, sep: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn words_round_trip(n in 0u64..=999_999_999_999, v in 0usize..4) {
        let spelling = Spelling::ALL[v];
        let words = to_french_words_with(n, spelling);
        let found = numbers(&words);
        prop_assert_eq!(found.len(), 1, "{} {:?}", words, found);
        prop_assert_eq!(found[0].value, Some(n as f64), "{}", words);
        prop_assert_eq!((found[0].start, found[0].end), (0, words.len()), "{}", words);
    }

    #[test]
    fn words_round_trip_in_a_sentence(n in 2u64..=999_999_999_999, v in 0usize..4) {
        let words = to_french_words_with(n, Spelling::ALL[v]);
        let text = format!("Ils ont compté {words} soldats.");
        let found = numbers(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].value, Some(n as f64), "{}", text);
        prop_assert_eq!(found[0].text.clone(), format!("{words} soldats"));
    }

    #[test]
    fn digit_grouping_round_trip(n in 0u64..=999_999_999_999, sep in prop::sample::select(vec!["", " ", "\u{A0}", "\u{202F}", ".", "'"])) {
        let written = grouped(n, sep);
        let text = format!("Ils ont reçu {written} appels.");
        let found = numbers(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].value, Some(n as f64), "{}", text);
    }

    #[test]
    fn spans_are_valid(text in "\\PC{0,200}") {
        let found = numbers(&text);
        let mut last = 0;
        for m in &found {
            prop_assert!(m.start <= m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            prop_assert!(m.start >= last);
            last = m.end;
        }
    }

    #[test]
    fn french_like_text_never_panics(words in prop::collection::vec(prop::sample::select(vec![
        "un", "une", "deux", "cent", "mille", "millions", "de", "d'", "plus", "moins", "au", "entre", "et", "à",
        "dizaine", "des", "centaines", "quarts", "trois", "%", "km", "heures", "sur", "24", "6 500", "1,5", "-",
        "mai", "2022", "le", "la", "1er", "XXIe", "virgule", "zéro", "ou", "environ", "soldats", ".", "«", "demi",
    ]), 0..40)) {
        let text = words.join(" ");
        for m in numbers(&text) {
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
    }
}

#[test]
fn news_sentences() {
    let cases: &[(&str, &[&str])] = &[
        ("Les 27 pays de l'UE ont voté.", &["27 pays"]),
        ("Il a 45 ans.", &["45 ans"]),
        ("En 2022, 300 soldats sont morts.", &["300 soldats"]),
        (
            "Le bilan: 12 morts, 30 blessés.",
            &["12 morts", "30 blessés"],
        ),
        ("Il a fallu quatre à cinq jours.", &["quatre à cinq jours"]),
        ("De un à trois ans de prison.", &["De un à trois ans"]),
        (
            "Entre 1 500 et 2 000 soldats.",
            &["Entre 1 500 et 2 000 soldats"],
        ),
        (
            "La population atteint 1,2 million d'habitants.",
            &["1,2 million d'habitants"],
        ),
        ("Les prix ont baissé de -2 %.", &["-2 %"]),
        ("Il a attendu deux mois et demi.", &["deux mois et demi"]),
        ("Le conflit dure depuis des mois.", &[]),
        ("Les années 1990 furent calmes.", &[]),
        ("La guerre a duré de 1939 à 1945.", &[]),
        ("Rendez-vous à 8 h 30 devant la mairie.", &[]),
        ("Les 14 et 15 juillet, Paris fête.", &[]),
        ("Il est en quarantaine.", &[]),
        ("Service ouvert 24h/24 et 7j/7.", &[]),
        ("Il est arrivé à 20 heures, reparti vers 8 h 30.", &[]),
        ("Il a roulé pendant 20 heures.", &["20 heures"]),
        (
            "Près de la moitié des soldats.",
            &["Près de la moitié des soldats"],
        ),
        ("Une hausse de 10 % à 15 %.", &["de 10 % à 15 %"]),
        ("Un des soldats a parlé.", &[]),
    ];
    for &(text, expected) in cases {
        let got: Vec<String> = numbers(text).into_iter().map(|m| m.text).collect();
        assert_eq!(got, expected, "{text}");
    }
    let m = one("Il a attendu deux mois et demi.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(2.5), Some("mo")));
}

#[test]
fn pathological_inputs_are_linear_and_safe() {
    for unit in [
        "un ",
        "mille ",
        "de ",
        "vingt et ",
        "des centaines de ",
        "1 ",
        "entre 1 et ",
        "- ",
        "moins ",
    ] {
        let text = unit.repeat(30_000);
        let t = std::time::Instant::now();
        let found = numbers(&text);
        assert!(t.elapsed().as_secs() < 20, "{unit:?} too slow");
        for m in found.iter().take(100) {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    assert!(numbers("").is_empty());
}

#[test]
fn collectives_with_an_adjective_and_more_qualifiers() {
    for (text, mention, value, qualifier) in [
        (
            "Une bonne dizaine de blessés.",
            "Une bonne dizaine de blessés",
            10.0,
            Qualifier::Approx,
        ),
        (
            "Un bon millier de spectateurs.",
            "Un bon millier de spectateurs",
            1000.0,
            Qualifier::Approx,
        ),
        (
            "On compte une petite centaine de manifestants.",
            "une petite centaine de manifestants",
            100.0,
            Qualifier::Approx,
        ),
        (
            "Les recettes sont de l'ordre de 2 milliards.",
            "de l'ordre de 2 milliards",
            2e9,
            Qualifier::Approx,
        ),
        (
            "Au bas mot 15 millions de dollars.",
            "Au bas mot 15 millions de dollars",
            15e6,
            Qualifier::AtLeast,
        ),
        (
            "Il y avait tout au plus 200 personnes.",
            "tout au plus 200 personnes",
            200.0,
            Qualifier::AtMost,
        ),
        (
            "À peine 40 % des inscrits ont voté.",
            "À peine 40 %",
            40.0,
            Qualifier::AtMost,
        ),
        (
            "Pas loin de 300 personnes.",
            "Pas loin de 300 personnes",
            300.0,
            Qualifier::Approx,
        ),
        // After the number.
        (
            "Ils étaient 3 000 au bas mot.",
            "3 000 au bas mot",
            3000.0,
            Qualifier::AtLeast,
        ),
        (
            "Cela coûte 2 millions d'euros tout au plus.",
            "2 millions d'euros tout au plus",
            2e6,
            Qualifier::AtMost,
        ),
    ] {
        let m = one(text);
        assert_eq!(
            (m.text.as_str(), m.value, m.qualifier),
            (mention, Some(value), qualifier),
            "{text}"
        );
    }
    // An adjective before a noun that is no collective: no number.
    assert!(numbers("Il a pris un bon repas.").is_empty());
}
