//! Every military-unit mention of the five seed articles, from a careful
//! reading of each (see `src/units/mod.rs` for the conventions: national
//! armies are reported as kind `army`; "un groupe de soldats" is people).

use frnews::military_units;
use frnews::units::{MentionType, UnitKind, UnitMention};

mod common;
use common::seed;

/// (text, kind, number, id, side, location, size, mention)
type Expect<'a> = (
    &'a str,
    UnitKind,
    Option<u64>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<u64>,
    MentionType,
);

fn check(prefix: &str, expected: &[Expect<'_>]) {
    let text = seed(prefix);
    let got = military_units(&text);
    let view = |u: &UnitMention| {
        (
            u.text.clone(),
            u.kind,
            u.number,
            u.id.clone(),
            u.side.clone(),
            u.location.clone(),
            u.size,
            u.mention,
        )
    };
    let got: Vec<_> = got.iter().map(view).collect();
    let want: Vec<_> = expected
        .iter()
        .map(|e| {
            (
                e.0.to_string(),
                e.1,
                e.2,
                e.3.map(str::to_string),
                e.4.map(str::to_string),
                e.5.map(str::to_string),
                e.6,
                e.7,
            )
        })
        .collect();
    assert_eq!(got, want, "seed {prefix}");
    for u in military_units(&text) {
        assert_eq!(&text[u.start..u.end], u.text);
    }
}

use MentionType::{Descriptive, Generic, Named, Numbered};
use UnitKind::*;

#[test]
fn seed_000() {
    // "implorer les forces ukrainiennes": the national army.
    check(
        "000",
        &[(
            "les forces ukrainiennes",
            Army,
            None,
            None,
            Some("ukraine"),
            None,
            None,
            Generic,
        )],
    );
}

#[test]
fn seed_001() {
    // "6500 militaires russes" are people; "notre bataillon" is the callers' unit.
    check(
        "001",
        &[
            (
                "les forces ukrainiennes",
                Army,
                None,
                None,
                Some("ukraine"),
                None,
                None,
                Generic,
            ),
            (
                "l'armée russe",
                Army,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
            (
                "notre bataillon",
                Battalion,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
        ],
    );
}

#[test]
fn seed_002() {
    check(
        "002",
        &[
            (
                "l'armée de Kiev",
                Army,
                None,
                None,
                Some("ukraine"),
                None,
                None,
                Generic,
            ),
            (
                "une légion dissidente, \"Liberté pour la Russie\"",
                Legion,
                None,
                Some("lsr"),
                Some("ukraine"),
                None,
                None,
                Named,
            ),
            (
                "le groupe Wagner",
                Pmc,
                None,
                Some("wagner"),
                Some("russia"),
                None,
                None,
                Named,
            ),
            (
                "cette milice privée",
                Pmc,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
            (
                "l'armée russe",
                Army,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
            (
                "une légion étrangère",
                Legion,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
        ],
    );
}

#[test]
fn seed_003() {
    // "Plusieurs groupes de militaires" are people, not a formation.
    check(
        "003",
        &[
            (
                "une division basée à Irkoutsk",
                Division,
                None,
                None,
                None,
                Some("Irkoutsk"),
                None,
                Descriptive,
            ),
            ("la section", Platoon, None, None, None, None, None, Generic),
            ("son unité", Unit, None, None, None, None, None, Generic),
            ("mon unité", Unit, None, None, None, None, None, Generic),
            ("mon unité", Unit, None, None, None, None, None, Generic),
            ("mon unité", Unit, None, None, None, None, None, Generic),
            (
                "l’armée russe",
                Army,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
            (
                "la milice locale",
                Militia,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
        ],
    );
}

#[test]
fn seed_004() {
    // "Un groupe de soldats russes" and "Un groupe qui a battu en retraite"
    // are groups of people; "du régiment" leaves the contraction out.
    check(
        "004",
        &[
            ("l’armée", Army, None, None, None, None, None, Generic),
            (
                "1442e régiment",
                Regiment,
                Some(1442),
                None,
                None,
                None,
                None,
                Numbered,
            ),
            (
                "un groupe d’assaut de 10 soldats",
                Group,
                None,
                None,
                None,
                None,
                Some(10),
                Descriptive,
            ),
            (
                "les «escouades de la mort» russes",
                Squad,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
            (
                "notre régiment",
                Regiment,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
            (
                "1442e régiment",
                Regiment,
                Some(1442),
                None,
                None,
                None,
                None,
                Numbered,
            ),
            (
                "les «escouades de la mort»",
                Squad,
                None,
                None,
                None,
                None,
                None,
                Generic,
            ),
            (
                "l’armée russe",
                Army,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
            ("régiment", Regiment, None, None, None, None, None, Generic),
            (
                "Le régiment russe",
                Regiment,
                None,
                None,
                Some("russia"),
                None,
                None,
                Generic,
            ),
        ],
    );
}

#[test]
fn seed_004_assault_group_attributes() {
    let text = seed("004");
    let g = military_units(&text)
        .into_iter()
        .find(|u| u.kind == Group)
        .unwrap();
    assert_eq!(g.specialty.as_deref(), Some("assaut"));
    assert_eq!(g.size, Some(10));
}
