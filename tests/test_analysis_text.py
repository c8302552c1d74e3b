"""Normalisation of titles for duplicate detection."""
from __future__ import annotations

from calendar_core.analysis.text import features, links_in, stem


def test_dates_written_in_titles_are_taken_out_and_kept_as_dates():
    for title in ("Promo: Aug 6 webinar", "Webinar (6 Aug) promo", "Webinar on Thu, 6 August 2026 promo",
                  "Webinar 2026-08-06 promo", "Webinar 06.08.2026 promo", "Webinar le 6 août promo"):
        f = features(title)
        assert f.dates == {(8, 6)}, title
        assert f.stems == {"webinar", "promo"}, title


def test_stop_words_in_four_languages_and_case_and_punctuation():
    assert features("The NEW Webinar!!!").stems == features("webinar").stems
    assert features("Das Webinar für die Kunden").stems == features("webinar kunden").stems
    assert features("Le webinaire pour les clients").stems == features("webinaire clients").stems
    assert features("El seminario para los clientes").stems == features("seminario clientes").stems


def test_numbers_quarters_and_versions_are_kept():
    assert features("Q2 2026 results").numbers == {"q2", "2026"}
    assert features("Routes 3.0 is live").numbers == {"3.0"}
    assert features("Newsletter #31").numbers == {"31"}
    assert features("3 reasons to visit our booth").numbers == set()  # a count, not an identifier
    assert features("Maintenance 02:00–04:00 CEST").numbers == set()  # times are not identifiers


def test_phase_words_and_month_names():
    assert features("Webinar promo").phase == {"before"}
    assert features("Webinar recap: your questions answered").phase == {"after"}
    assert features("Newsletter – August edition").months == {8}


def test_stems_meet_across_word_forms():
    assert stem("winners") == stem("winning")
    assert stem("applications") == stem("application")
    assert stem("pricing") == stem("price")


def test_links_are_compared_without_scheme_www_and_tracking():
    assert links_in("see https://www.example.com/a/?utm_source=x") == links_in("http://example.com/a")


def test_editorial_paraphrases_become_one_concept():
    assert {"visit"} <= features("3 reasons to stop by our booth").stems
    assert {"visit"} <= features("Meet us at the expo").stems
    assert {"podcast"} <= features("Listen: our CEO on the pod").stems
    assert {"casestudy"} <= features("Success story: Brightline Foods").stems
    assert features("Case study – Brightline").stems & features("Customer story: Brightline").stems >= {"casestudy"}


def test_capitals_name_things_but_not_acronyms_or_german_nouns():
    from calendar_core.analysis.text import case_info

    upper, _, phrases = case_info("Recap: user meetup in Hamburg with our CEO")
    assert upper == {"hamburg"}
    assert case_info("Customer story: Baltic Freight cuts empty miles")[2] == {"Baltic Freight"}
    assert case_info("Neue Preise ab Oktober für Kunden")[0] == set()


def test_spelling_variants_and_word_forms_meet_in_the_corpus():
    from calendar_core.analysis.duplicates import Corpus, Item
    from calendar_core.analysis.text import features

    titles = ["Route optimisation explained", "Route optimization explained", "Promo for the webinar",
              "Webinar promotion post"]
    items = [Item(entry=None, day=0, team=str(k), series=None, feats=features(t)) for k, t in enumerate(titles)]
    Corpus(items)
    assert items[0].stems == items[1].stems
    assert "promo" in items[2].stems and "promo" in items[3].stems


def test_ascii_shortcuts_are_what_nfkc_and_casefold_give():
    """ASCII text skips NFKC and is lower-cased: that must be what NFKC + casefold (and the
    typographic replacements) give for every ASCII character, alone and in random strings (seeded)."""
    import random
    import unicodedata

    from calendar_core.analysis.text import normalise

    def reference(t: str) -> str:
        t = unicodedata.normalize("NFKC", t).casefold()
        return t.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")

    rng = random.Random(12)
    texts = [chr(c) for c in range(128)] + ["".join(chr(rng.randrange(128)) for _ in range(rng.randint(0, 30)))
                                             for _ in range(2000)]
    for t in texts:
        assert normalise(t) == reference(t)
    assert normalise("Ｆｕｌｌ – ’Straße’") == reference("Ｆｕｌｌ – ’Straße’")


def test_a_date_pattern_skipped_for_what_the_text_lacks_could_not_match():
    """A date pattern is skipped when the text lacks what it needs (a digit; a dash, a month's
    spelling, a slash or dot): then it must not match, and taking a date out (it leaves a space)
    must never give the text what it lacked, so a later pattern skipped could not match either
    (random texts; seeded)."""
    import random

    from calendar_core.analysis import text

    rng = random.Random(3)
    pool = ["12", "3", "2026", "-", "/", ".", " ", "Sep", "sept", "17th", "of", "May", "mai", "März", "Tue", "x",
            "2026-09-17", "12/3", "12.3.", "5.1", "déc", "Q2", "#4", "ma", "r", "ju", "n", "Ene", "ro"]
    tried = 0
    for _ in range(4000):
        t = "".join(rng.choice(pool) + rng.choice(["", "", " "]) for _ in range(rng.randint(0, 8)))
        lacks = [not need(t) for need in text._DATE_NEEDS]
        for pattern, lacking in zip(text._DATE_PATTERNS, lacks):
            if lacking:
                assert pattern.search(t) is None, (t, pattern.pattern[:40])
        for day_first in (True, False):
            out, _dates = text._extract_dates(t, day_first)
            for need, lacking in zip(text._DATE_NEEDS, lacks):
                if lacking:
                    assert not need(out), (t, out)
        tried += not all(lacks)
    assert tried > 1000  # most texts try a pattern or more
