//! Integration tests of the boilerplate stage: the five seeds read by hand,
//! metadata, the pipeline, and property tests (spans valid, disjoint,
//! ordered, covering the text with white space; idempotence; no panic).

use frnews::boilerplate::{Article, RemovedKind, body_text, strip_boilerplate};
use proptest::prelude::*;

mod common;
use common::seed;

fn removed(a: &Article) -> Vec<(&str, RemovedKind)> {
    a.removed
        .iter()
        .map(|r| (r.text.as_str(), r.kind))
        .collect()
}

use RemovedKind::*;

#[test]
fn seed_000_is_all_article() {
    let t = seed("000");
    let a = strip_boilerplate(&t);
    assert!(a.removed.is_empty(), "{:?}", removed(&a));
    assert_eq!(a.body.len(), 10);
    // The first line is a standfirst sentence, not a headline.
    assert_eq!(a.title, None);
    assert_eq!(
        (a.author, a.source, a.published, a.reading_time),
        (None, None, None, None)
    );
}

#[test]
fn seed_001_ad_captions_footer() {
    let t = seed("001");
    let a = strip_boilerplate(&t);
    let cap = "Des soldats russes dans Marioupol, en Ukraine, le 18 mai 2022 (Photo d'illustration) - Olga MALTSEVA / AFP";
    assert_eq!(
        removed(&a),
        [
            ("Publicité", Advertisement),
            (cap, Caption),
            (cap, Duplicate),
            ("Article original publié sur BFMTV.com", SourceFooter),
        ]
    );
    assert_eq!(
        a.title.as_deref(),
        Some(
            "Guerre en Ukraine: Kiev affirme avoir reçu plus de 6500 appels de soldats russes voulant se rendre"
        )
    );
    assert_eq!(
        a.body[0].as_str(&t),
        a.title.as_deref().unwrap(),
        "the title is the first body span"
    );
    assert_eq!(a.source.as_deref(), Some("BFMTV.com"));
    // Intertitle kept.
    assert!(
        a.body
            .iter()
            .any(|b| b.as_str(&t) == "Échangés contre des Ukrainiens ou placés en détention")
    );
    // Title, 7 paragraphs, 1 intertitle.
    assert_eq!(a.body.len(), 9);
}

#[test]
fn seed_002_footer_and_video_teaser() {
    let t = seed("002");
    let a = strip_boilerplate(&t);
    assert_eq!(
        removed(&a),
        [
            ("Article original publié sur BFMTV.com", SourceFooter),
            (
                "VIDÉO - Vladimir Poutine juge \"inévitable\" de bombarder l'infrastructure ukrainienne",
                Teaser
            ),
        ]
    );
    assert_eq!(
        a.title.as_deref(),
        Some(
            "Guerre en Ukraine: ces soldats russes \"déserteurs\" qui combattent avec l'armée de Kiev"
        )
    );
    assert_eq!(a.source.as_deref(), Some("BFMTV.com"));
    for inter in [
        "S'engager contre Poutine",
        "\"Je combats pour la liberté du peuple russe\"",
    ] {
        assert!(a.body.iter().any(|b| b.as_str(&t) == inter), "{inter}");
    }
}

#[test]
fn seed_003_byline_reading_time_footer() {
    let t = seed("003");
    let a = strip_boilerplate(&t);
    assert_eq!(
        removed(&a),
        [
            ("par", Byline),
            ("Sébastien Paulus", Byline),
            ("Temps de lecture 2 min.", ReadingTime),
            ("Retrouvez toute l’actu sur Metrotime.be", SourceFooter),
        ]
    );
    assert_eq!(a.author.as_deref(), Some("Sébastien Paulus"));
    assert_eq!(a.reading_time, Some(2));
    assert_eq!(a.source.as_deref(), Some("Metrotime.be"));
    assert_eq!(
        a.title.as_deref(),
        Some(
            "Pourquoi ces soldats russes refusent désormais de suivre les ordres de Vladimir Poutine?"
        )
    );
}

#[test]
fn seed_004_glued_date_header() {
    let t = seed("004");
    let a = strip_boilerplate(&t);
    assert_eq!(removed(&a), [("date 2023-09", Header)]);
    assert_eq!(a.published.as_deref(), Some("2023-09"));
    assert!(
        a.body[0]
            .as_str(&t)
            .starts_with("Un groupe de soldats russes ont partagé une vidéo")
    );
    assert_eq!(a.title, None);
    assert_eq!(a.body.len(), 11);
}

#[test]
fn pipeline_carries_the_article() {
    let t = seed("001");
    let analysis = frnews::analyze(&t);
    assert_eq!(analysis.article, strip_boilerplate(&t));
    let json = serde_json::to_string(&analysis.article).unwrap();
    assert!(json.contains("\"kind\":\"source_footer\""));
    assert!(json.contains("\"kind\":\"duplicate\""));
}

#[test]
fn seeds_are_idempotent() {
    for n in ["000", "001", "002", "003", "004"] {
        let t = seed(n);
        check_invariants(&t);
    }
}

#[test]
fn pathological_inputs() {
    let long_line = "Des soldats russes. ".repeat(200_000);
    let a = strip_boilerplate(&long_line);
    assert_eq!(a.body.len(), 1);
    let many = "Publicité\nLire aussi\n".repeat(100_000);
    let a = strip_boilerplate(&many);
    assert!(a.body.is_empty());
    assert_eq!(a.removed.len(), 200_000);
    for t in [
        "\u{feff}",
        "\r\n\r\n",
        "©",
        "(",
        "date 2023-09",
        "date 2023-09 date 2024-01 x",
        "par\n",
        "\u{202F}Publicité\u{A0}",
    ] {
        check_invariants(t);
    }
}

/// Spans valid, trimmed, ordered, disjoint, covering with white space; and
/// idempotence: stripping the body text removes nothing, keeps the same
/// paragraphs and the same title.
fn check_invariants(text: &str) {
    let a = strip_boilerplate(text);
    let mut spans: Vec<(usize, usize, bool)> =
        a.body.iter().map(|s| (s.start, s.end, true)).collect();
    spans.extend(a.removed.iter().map(|r| (r.start, r.end, false)));
    spans.sort();
    let mut prev_body = 0;
    for w in a.body.windows(2) {
        assert!(w[0].end <= w[1].start, "body ordered");
    }
    for w in a.removed.windows(2) {
        assert!(w[0].end <= w[1].start, "removed ordered");
    }
    let mut pos = 0;
    for &(s, e, _) in &spans {
        assert!(s < e && e <= text.len(), "non-empty span in range");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "char boundaries"
        );
        assert!(pos <= s, "disjoint");
        assert!(
            text[pos..s].chars().all(char::is_whitespace),
            "gap is white space: {:?}",
            &text[pos..s]
        );
        let piece = &text[s..e];
        assert_eq!(piece, piece.trim(), "trimmed");
        pos = e;
        prev_body = prev_body.max(e);
    }
    assert!(
        text[pos..].chars().all(char::is_whitespace),
        "tail is white space"
    );
    for r in &a.removed {
        assert_eq!(&text[r.start..r.end], r.text);
    }
    let body = body_text(text, &a);
    let b = strip_boilerplate(&body);
    assert!(
        b.removed.is_empty(),
        "second pass removed {:?}\nfrom {body:?}",
        removed(&b)
    );
    assert_eq!(
        body_text(&body, &b),
        body,
        "second pass keeps the same text"
    );
    assert_eq!(b.title, a.title, "same title");
}

fn line_strategy() -> impl Strategy<Value = String> {
    let vocab: Vec<&'static str> = vec![
        "Publicité",
        "Sponsorisé",
        "Lire aussi",
        "Lire aussi | Guerre en Ukraine : la vie sous les bombes",
        "VIDÉO - Vladimir Poutine juge \"inévitable\" de bombarder",
        "PHOTOS - Kharkiv sous les bombes",
        "Article original publié sur BFMTV.com",
        "Retrouvez toute l’actu sur Metrotime.be",
        "Temps de lecture 2 min.",
        "par",
        "Sébastien Paulus",
        "Par Le Figaro avec AFP",
        "Le Monde avec AFP",
        "Publié le 12/03/2024 à 14h32",
        "16:45",
        " date 2023-09 Un groupe de soldats russes ont partagé une vidéo.",
        "KIEV, 14 juin 2023 (AFP) - Au moins trois civils ont été tués.",
        "Des soldats russes dans Marioupol, le 18 mai 2022 - Olga MALTSEVA / AFP",
        "Le Premier ministre, lundi à Bruxelles. © BELGA",
        "© Tous droits réservés",
        "PHOTO JACQUES BOISSINOT, LA PRESSE CANADIENNE",
        "Des soldats russes dans la région de Donetsk.",
        "Nous utilisons des cookies pour améliorer votre navigation.",
        "Accepter",
        "Newsletter",
        "Partager",
        "Facebook",
        "Accueil",
        "International",
        "Europe",
        "Belga",
        "Le Soir",
        "Guerre en Ukraine",
        "Les touristes ont disparu",
        "Un titre d'article assez long pour être un titre",
        "Pourquoi ces soldats refusent-ils de suivre les ordres de Moscou?",
        "Les combats se sont poursuivis toute la nuit dans la région, selon les autorités locales.",
        "« La situation est difficile mais sous contrôle », a déclaré le porte-parole à la télévision.",
        "Il a été hospitalisé.",
        "ats/vic",
        "1 / 12",
        "",
        "   ",
    ];
    prop_oneof![
        4 => proptest::sample::select(vocab).prop_map(str::to_owned),
        1 => "[ -~àéèçÉŒ«»’©\u{A0}\u{202F}\r]{0,40}",
    ]
}

proptest! {
    // 512 cases unless PROPTEST_CASES says otherwise.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        .. ProptestConfig::default()
    })]

    #[test]
    fn invariants_on_page_like_text(lines in proptest::collection::vec(line_strategy(), 0..30), blank in proptest::collection::vec(any::<bool>(), 30)) {
        let mut text = String::new();
        for (i, l) in lines.iter().enumerate() {
            text.push_str(l);
            text.push('\n');
            if blank[i] {
                text.push('\n');
            }
        }
        check_invariants(&text);
    }

    #[test]
    fn invariants_on_any_text(text in "\\PC{0,300}") {
        check_invariants(&text);
    }
}

#[test]
fn crlf_pages_strip_like_lf_pages() {
    for n in ["001", "003"] {
        let lf = seed(n);
        let crlf = lf.replace('\n', "\r\n");
        let (a, b) = (strip_boilerplate(&lf), strip_boilerplate(&crlf));
        assert_eq!(removed(&a), removed(&b));
        assert_eq!((a.title, a.author, a.source), (b.title, b.author, b.source));
        check_invariants(&crlf);
    }
}
