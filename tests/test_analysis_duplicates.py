"""Duplicated efforts: what raises, what lowers, grouping and the traps."""
from __future__ import annotations

from analysis_factory import entry
from calendar_core.analysis import analyse
from calendar_core.settings import Settings

# A background of unrelated posts so word rarity means something.
BACKGROUND = [
    "Feature focus: keyboard shortcuts", "Meet the team: Ines, finance controller",
    "Customer tip: vehicle inspection checklists", "Stat of the week: night deliveries",
    "Leadership view on electric vans", "Video: setting up depots", "Tip Tuesday: save route templates",
    "Behind the scenes at our Lisbon office", "Feature focus: dark mode", "Customer spotlight – Sunpeak",
    "Press release: supplier code of conduct", "Life at Northwind – wellbeing week",
    "Help-centre article: admin office hours", "Sales insight: planning for peak season",
    "Feature focus: Slack notifications", "We're hiring: Data Engineer", "CEO quote: route density matters",
]


def background():
    return [entry(t, f"2026-06-{1 + i % 28:02d} 09:00", department=f"Team{i % 4}", channel="Blog")
            for i, t in enumerate(BACKGROUND)]


def groups(entries, **kw):
    kw.setdefault("timezone", "Europe/Berlin")
    result = analyse(entries + background(), Settings(**kw))
    return [sorted(g.entry_ids) for g in result.duplicates], result


def test_paraphrased_titles_from_two_departments_are_one_effort():
    a = entry("Promo: Aug 6 integration webinar", "2026-08-03 12:30", department="Marketing")
    b = entry("Integration webinar (6 Aug) – promotion post", "2026-08-04 21:00", department="Events")
    found, result = groups([a, b])
    assert found == [sorted([a.id, b.id])]
    [group] = result.duplicates
    assert 0 < group.score <= 1
    assert any("1 day apart" in r for r in group.reasons)
    assert group.key.startswith("duplicate:")


def test_three_departments_make_one_group_of_three():
    a = entry("Promo: Aug 6 integration webinar", "2026-08-03 12:30", department="Marketing")
    b = entry("Integration webinar (6 Aug) – promotion post", "2026-08-04 21:00", department="Events")
    c = entry("Don't miss our integration webinar!", "2026-08-05 12:45", department="Sales")
    found, _ = groups([a, b, c])
    assert found == [sorted([a.id, b.id, c.id])]


def test_quarter_version_and_issue_numbers_change_the_effort():
    pairs = [("Q2 2026 results: ARR up 18%", "Q3 2026 results: ARR up 18%"),
             ("Routes 3.1: what's new", "Routes 3.0: what's new"),
             ("Newsletter #31 – product edition", "Newsletter #32 – product edition")]
    for left, right in pairs:
        a = entry(left, "2026-08-03 10:00", department="Corporate")
        b = entry(right, "2026-08-05 10:00", department="Marketing")
        found, _ = groups([a, b])
        assert found == [], (left, right)


def test_promo_versus_recap_is_not_the_same_effort():
    a = entry("Integration webinar promo", "2026-08-03 10:00", department="Marketing")
    b = entry("Integration webinar recap", "2026-08-06 10:00", department="Events")
    assert groups([a, b])[0] == []


def test_different_dates_in_titles_are_different_events():
    a = entry("Register now: Sep 9 API webinar", "2026-09-02 10:00", department="Product")
    b = entry("Register now: Sep 10 API webinar", "2026-09-03 10:00", department="Marketing")
    assert groups([a, b])[0] == []


def test_different_proper_names_are_different_things():
    a = entry("Recap: Hamburg user meetup", "2026-09-24 10:00", department="Events")
    b = entry("Recap: Munich user meetup", "2026-09-29 10:00", department="Marketing")
    c = entry("Press release: research partnership with the Logistics Institute Hamburg", "2026-07-01 10:00",
              department="Corporate")
    d = entry("Join us at Mobility Tech Week Munich", "2026-07-01 12:00", department="Sales")
    found, _ = groups([a, b, c, d])
    assert sorted([a.id, b.id]) not in found


def test_window_days_and_no_chaining_across_weeks():
    a = entry("Customer Appreciation Week kicks off", "2026-10-01 10:00", department="Customer Success")
    b = entry("Customer Appreciation Week kicks off", "2026-10-09 10:00", department="Marketing")
    assert groups([a, b])[0] == []  # 8 days apart, window 7
    assert groups([a, b], duplicate_window_days=8)[0] == [sorted([a.id, b.id])]
    x = entry("Hackathon winners announced", "2026-10-01 10:00", department="People")
    y = entry("Hackathon winners announced", "2026-10-06 10:00", department="Product")
    z = entry("Hackathon winners announced", "2026-10-11 10:00", department="Marketing")
    found, _ = groups([x, y, z])
    assert all(len(g) == 2 for g in found) and found, found


def test_recurring_series_and_own_department_are_not_duplicates():
    s1 = entry("Weekly event teaser", "2026-08-06 16:00", department="Events", source_id=5, series_key="uid")
    s2 = entry("Weekly event teaser", "2026-08-13 16:00", department="Events", source_id=5, series_key="uid")
    assert groups([s1, s2], duplicate_window_days=7, duplicates_within_department=True)[0] == []
    a = entry("Graduate programme applications open", "2026-09-22 10:00", department="People & Culture")
    b = entry("Graduate programme: applications open", "2026-09-24 10:00", department="People & Culture")
    assert groups([a, b])[0] == []
    assert groups([a, b], duplicates_within_department=True)[0] == [sorted([a.id, b.id])]


def test_a_shared_link_raises_a_pair_and_is_named():
    a = entry("Read our new report", "2026-08-03 10:00", department="Marketing",
              link="https://example.com/report?utm_source=li")
    b = entry("Whitepaper out today", "2026-08-04 10:00", department="Sales",
              description="Download at https://www.example.com/report/")
    found, result = groups([a, b])
    assert found == [sorted([a.id, b.id])]
    assert "same link" in result.duplicates[0].reasons[0]


def test_unrelated_titles_sharing_a_common_word_are_not_duplicates():
    a = entry("Feature focus: route comparison view", "2026-08-03 10:00", department="Product")
    b = entry("CEO quote: one extra stop per route", "2026-08-04 10:00", department="Corporate")
    assert groups([a, b])[0] == []


def test_paraphrases_of_one_thing_meet_through_editorial_concepts():
    a = entry("FleetTech Expo: visit us at booth 4-112", "2026-09-14 14:30", department="Events")
    b = entry("3 reasons to stop by our FleetTech Expo booth", "2026-09-15 08:15", department="Marketing")
    found, result = groups([a, b])
    assert found == [sorted([a.id, b.id])]
    assert any("FleetTech Expo" in r for r in result.duplicates[0].reasons)


def test_boilerplate_descriptions_do_not_make_duplicates():
    texts = [("Help-centre article: the support team's top 10 answers", "Customer Success"),
             ("Events digest: new faces on the support team", "Events")]
    posts = [entry(t, f"2026-09-{7 + 3 * i:02d} 10:00", department=d, description="Status: Scheduled\nOwner: Ana")
             for i, (t, d) in enumerate(texts)]
    others = [entry(f"Topic {w}", f"2026-09-0{1 + i} 09:00", department="Sales", description="Status: Scheduled")
              for i, w in enumerate(["alpha", "beta", "gamma", "delta"])]
    found, _ = groups(posts + others)
    assert sorted(p.id for p in posts) not in found


def test_two_posts_of_one_recurring_format_are_different_items():
    jobs = ["We're hiring: senior backend engineer (Berlin)", "We're hiring: senior frontend engineer (Berlin)",
            "We're hiring: data engineer", "We're hiring: UX researcher"]
    posts = [entry(t, f"2026-09-{8 + i:02d} 10:00", department=d)
             for i, (t, d) in enumerate(zip(jobs, ["People", "Product", "Sales", "Marketing"]))]
    found, _ = groups(posts)
    assert found == []
    same = entry("We're hiring: senior backend engineer (Berlin)", "2026-09-09 12:00", department="Sales")
    found, _ = groups([posts[0], same] + posts[2:])
    assert found == [sorted([posts[0].id, same.id])]


def test_german_and_french_titles():
    cases = [
        ("Webinar-Einladung: KI im Mittelstand am 12.10.", "Jetzt anmelden: Webinar KI im Mittelstand (12. Oktober)", True),
        ("Rückblick: Webinar KI im Mittelstand", "Jetzt anmelden: Webinar KI im Mittelstand", False),
        ("Version 5.0 ist da", "Version 4.9: Neuerungen", False),
        ("Nous recrutons : chef de projet", "Offre d'emploi : chef de projet (Lyon)", True),
        ("Salon VivaTech : rendez-vous stand B12", "Retrouvez-nous au salon VivaTech", True),
    ]
    for left, right, same in cases:
        a = entry(left, "2026-10-05 10:00", department="Marketing")
        b = entry(right, "2026-10-07 11:00", department="Sales")
        found, _ = groups([a, b])
        assert (found == [sorted([a.id, b.id])]) is same, (left, right)


def test_a_link_on_many_entries_or_a_bare_homepage_is_not_one_effort():
    posts = [entry(f"Topic {w}", f"2026-08-0{1 + i % 7} 10:00", department=f"D{i}", link="https://example.com/book-a-demo")
             for i, w in enumerate("alpha beta gamma delta epsilon zeta eta theta".split())]
    found, _ = groups(posts)
    assert found == []
    a = entry("Read our report", "2026-08-03 10:00", department="Marketing", link="https://example.com/")
    b = entry("Whitepaper out today", "2026-08-04 10:00", department="Sales", link="https://www.example.com")
    assert groups([a, b])[0] == []


def test_grouping_on_random_pair_graphs_gives_valid_connected_groups():
    import random

    from calendar_core.analysis.grouping import group
    from calendar_core.settings import Settings as S

    class Item:
        def __init__(self, team, day):
            self.entry = entry("e", "2026-08-03 10:00", department=team)
            self.day, self.team, self.series = day, team, None

    rnd = random.Random(7)
    for _ in range(300):
        n = rnd.randint(2, 16)
        items = [Item(rnd.choice("ABCDE"), rnd.randint(0, 12)) for _ in range(n)]
        scores = {(i, j): rnd.random() * 0.6 for i in range(n) for j in range(i + 1, n) if rnd.random() < 0.5}
        edges = [(v, i, j, ["r"]) for (i, j), v in scores.items() if v >= 0.28]
        found = group(items, edges, 7, S(), lambda i, j: scores.get((min(i, j), max(i, j)), 0.0), 0.28)
        index = {it.entry.id: k for k, it in enumerate(items)}
        seen = set()
        for g in found:
            members = [index[i] for i in g.entry_ids]
            assert not seen & set(members)  # an entry is in one group only
            seen |= set(members)
            assert len({items[m].team for m in members}) == len(members)
            assert max(items[m].day for m in members) - min(items[m].day for m in members) <= 7
            linked = {members[0]}
            for _ in members:  # connected through pairs above the threshold
                linked |= {b for (a, b) in [(i, j) for (_, i, j, _) in edges] + [(j, i) for (_, i, j, _) in edges]
                           if a in linked and b in members}
            assert linked == set(members)


def test_meaning_finds_translations_and_registers_and_says_why():
    a = entry("WE DID IT 🚆 €40m contract!", "2026-06-10 10:00", department="Social")
    b = entry("Company wins €40m rail contract", "2026-06-11 10:00", department="Corporate")
    c = entry("Einladung zum Kunden-Webinar am 12.3.", "2026-03-05 10:00", department="Vertrieb")
    d = entry("Join the customer webinar on March 12", "2026-03-06 10:00", department="Marketing")
    found, result = groups([a, b, c, d])
    assert sorted(found) == sorted([sorted([a.id, b.id]), sorted([c.id, d.id])])
    why = {tuple(sorted(g.entry_ids)): g.reasons[0] for g in result.duplicates}
    assert why[tuple(sorted([a.id, b.id]))].startswith("same figure €40m and 'contract', meaning 0.")
    assert "1 day apart" in why[tuple(sorted([a.id, b.id]))]
    assert why[tuple(sorted([c.id, d.id]))].startswith("same date 12 Mar")


def test_the_demo_shows_only_groups_that_share_a_name_a_link_or_a_figure(tmp_path):
    import json
    from pathlib import Path

    import main as masthead_main

    samples = Path(__file__).resolve().parent.parent / "resources" / "samples"
    files = [str(p) for p in sorted(samples.iterdir()) if p.suffix in (".xlsx", ".ics", ".csv")]
    report = tmp_path / "r.json"
    assert masthead_main.main(["consolidate", *files, "--report", str(report)]) == 0
    groups_found = json.loads(report.read_text())["duplicates"]
    assert groups_found
    for g in groups_found:
        assert g["reasons"][0].startswith("same"), g["reasons"]


def test_a_whole_name_shared_counts_whole_though_its_words_are_in_other_names():
    """"Harbor Fair" in both titles weighs its words' rarity; that "Fair" is also part of another
    name of the workspace lowers it only where it stands alone."""
    from calendar_core.analysis import evidence
    from calendar_core.analysis.text import features

    part_of_many = lambda w: 0.25  # noqa: E731 - the weight a word part of four names gets
    rare = lambda w: 1.0  # noqa: E731
    both = evidence.names(features("Meet us at Harbor Fair – book a slot"), features("Harbor Fair: visit our booth"),
                          part_of_many, rare)
    assert sorted(both.shared) == ["fair", "harbor"] and both.shared_weight == 2.0
    alone = evidence.names(features("Fair season: our stands"), features("Fair prices for everyone"),
                           part_of_many, rare)
    assert alone.shared_weight <= 0.25


def test_a_reason_names_the_word_as_a_title_writes_it():
    """The stem a pair was matched by ("christma", "dai") is shown as the word a title holds."""
    import random

    from calendar_core.analysis.lexical import word_as_written
    from calendar_core.analysis.text import normalise, stem

    rng = random.Random(11)
    roots = ["harvest", "christmas", "daily", "winter", "market", "opening", "brunch", "cycling", "festival"]
    for _ in range(60):
        word = rng.choice(roots)
        shown = rng.choice([word, word.capitalize(), word.upper()])
        title = " ".join([rng.choice(["Our", "The", "New"]), shown, rng.choice(["today", "recap", "week"])])
        assert word_as_written(stem(normalise(shown)), "", title) == shown
    assert word_as_written("zzz", "Nothing here") == "zzz"
