"""One person written by the first given name and one surname ("María López", "João Silva") beside the whole
name ("María Fernanda López García", "João Pedro Silva Santos"), as other offices write Spanish and Portuguese
names, for the double-booking search (the ninth held-out company, tests/holdout9/, asked for it). People drawn
from pools written here (seeded)."""
from __future__ import annotations

import random

import pytest

from calendar_core.names import person_identities

SEEDS = range(1, 31)
GIVEN = [("María", "Fernanda"), ("José", "Luis"), ("Ana", "Sofía"), ("Juan", "Pablo"), ("Luis", "Alberto"),
         ("Carmen", "Rosa"), ("Pedro", "Henrique"), ("Maria", "Eduarda"), ("Diego", "Armando"), ("Lucía", "Belén"),
         ("Andrés", "Felipe"), ("Gabriela", "Inés"), ("Rafael", "Ángel"), ("Beatriz", "Helena")]
SURNAMES = ["López", "García", "Hernández", "Ruiz", "Martínez", "Torres", "Silva", "Santos", "Oliveira", "Quispe",
            "Mamani", "Vargas", "Castro", "Rojas", "Muñoz", "Pereira", "Ramírez", "Sánchez", "Flores", "Cardoso"]


@pytest.mark.parametrize("seed", SEEDS)
def test_first_given_name_and_one_surname_is_the_whole_name(seed):
    rng = random.Random(seed)
    givens = rng.sample(GIVEN, 5)
    people = []
    for g1, g2 in givens:
        s1, s2 = rng.sample(SURNAMES, 2)
        people.append((g1, g2, s1, s2))
    surnames_used = [s for p in people for s in p[2:]]
    spellings, want = [], {}
    for g1, g2, s1, s2 in people:
        whole = f"{g1} {g2} {s1} {s2}"
        forms = [whole, f"{g1} {s1}"]
        if surnames_used.count(s2) == 1:
            forms.append(f"{g1} {s2}")   # Portuguese colleagues keep the last surname
        for written in forms:
            spellings.append(written)
            want[written] = whole
    rng.shuffle(spellings)
    keys = person_identities(spellings)
    for a in spellings:
        for b in spellings:
            assert (keys[a] == keys[b]) == (want[a] == want[b]), (a, b, keys[a], keys[b])


@pytest.mark.parametrize("seed", SEEDS[:10])
def test_two_whole_names_a_short_one_fits_leave_it_apart(seed):
    rng = random.Random(seed)
    g1 = rng.choice(GIVEN)[0]
    s1, s2, s3, s4 = rng.sample(SURNAMES, 4)
    a, b, short = f"{g1} {rng.choice(GIVEN)[1]} {s1} {s2}", f"{g1} {s3} {s1}", f"{g1} {s1}"
    keys = person_identities([a, b, short])
    assert keys[a] != keys[b]
    assert keys[short] != keys[a] or keys[short] == keys[b]   # "Ana López" with two Anas López: not the first one


def test_two_people_of_two_words_stay_two():
    keys = person_identities(["Sofía Fernández", "Sofía Gómez", "Martín Gómez", "Martín Fernández"])
    assert len(set(keys.values())) == 4


# --- Korean names in Hangul beside their Latin spelling -----------------------------------------------
KOREAN = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"),
          ("윤", "Yoon"), ("장", "Jang"), ("한", "Han"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("송", "Song")]
GIVEN_KO = [("민지", ["Minji", "Min-ji"]), ("우성", ["Woosung", "Woo-sung", "Useong"]), ("유나", ["Yuna", "Yu-na"]),
            ("서연", ["Seoyeon", "Seo-yeon"]), ("지훈", ["Jihoon", "Ji-hoon", "Jihun"]), ("현우", ["Hyunwoo", "Hyun-woo"]),
            ("수빈", ["Subin", "Soo-bin"]), ("도윤", ["Doyoon", "Do-yun"]), ("하은", ["Haeun", "Ha-eun"]),
            ("준서", ["Junseo", "Jun-seo"])]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_hangul_name_is_its_latin_spelling(seed):
    rng = random.Random(seed)
    families = rng.sample(KOREAN, 4)
    givens = rng.sample(GIVEN_KO, 4)
    spellings, want = [], {}
    for (fam_h, fam_l), (giv_h, giv_ls) in zip(families, givens):
        hangul, latin = fam_h + giv_h, f"{rng.choice(giv_ls)} {fam_l}"
        for written in (hangul, latin):
            spellings.append(written)
            want[written] = hangul
    spellings.append("Minji Cardoso")   # a Latin name no Hangul one spells stays itself
    want["Minji Cardoso"] = "Minji Cardoso"
    rng.shuffle(spellings)
    keys = person_identities(spellings)
    for a in spellings:
        for b in spellings:
            assert (keys[a] == keys[b]) == (want[a] == want[b]), (a, b, keys[a], keys[b])


def test_two_latin_names_one_hangul_name_could_be_leave_it_apart():
    keys = person_identities(["김민지", "Minji Kim", "Kim Minji Park", "정우성", "Woosung Jung", "Woosung Jeong"])
    assert keys["김민지"] == keys["Minji Kim"]
    assert keys["정우성"] not in (keys["Woosung Jung"], keys["Woosung Jeong"]) or keys["Woosung Jung"] == keys["Woosung Jeong"]
