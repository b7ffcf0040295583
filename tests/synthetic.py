"""Briefs written from templates (invented people, invented wire services), for the report's tests, its
screenshots and its benchmark: many briefs with varied dates, event types, languages and pairs of people.

Imported by tests (pytest puts this folder on sys.path) and by scripts in benchmarks/ and docs/.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

#: (country in English, adjective in English, capital, adjective in French (masculine), capital in French)
COUNTRIES = [
    ("Ireland", "Irish", "Dublin", "irlandais", "Dublin"),
    ("Slovenia", "Slovenian", "Ljubljana", "slovène", "Ljubljana"),
    ("Chile", "Chilean", "Santiago", "chilien", "Santiago"),
    ("Norway", "Norwegian", "Oslo", "norvégien", "Oslo"),
    ("Portugal", "Portuguese", "Lisbon", "portugais", "Lisbonne"),
    ("Kenya", "Kenyan", "Nairobi", "kényan", "Nairobi"),
    ("Canada", "Canadian", "Ottawa", "canadien", "Ottawa"),
    ("Japan", "Japanese", "Tokyo", "japonais", "Tokyo"),
    ("Mexico", "Mexican", "Mexico City", "mexicain", "Mexico"),
    ("Poland", "Polish", "Warsaw", "polonais", "Varsovie"),
    ("Ghana", "Ghanaian", "Accra", "ghanéen", "Accra"),
    ("Finland", "Finnish", "Helsinki", "finlandais", "Helsinki"),
]
FIRST = ["Aoife", "Luka", "Marta", "Henrik", "Inês", "Wanjiru", "Claire", "Kenji", "Lucía", "Tomasz", "Kwame",
         "Eeva", "Declan", "Nina", "Rafael", "Sigrid", "Duarte", "Otieno", "Maxime", "Yuki", "Andrés", "Zofia",
         "Ama", "Mikko"]  # fmt: skip
LAST = ["Brennock", "Kovačič", "Orellana", "Fjeldstad", "Carvalhosa", "Mwangi-Oduya", "Tremblant", "Hoshikawa",
        "Villaseñor", "Wierzbicki", "Asante-Boadu", "Lehtomäki"]  # fmt: skip
ROLES_EN = ["Foreign Minister", "Prime Minister", "Trade Minister"]
ROLES_FR = ["ministre des Affaires étrangères", "Premier ministre", "ministre du Commerce"]
WIRES = ["Harbour Wire", "Pacific Wire", "Northern Press Service"]
TOPICS_EN = ["energy links and the autumn summit", "trade, research and the fisheries agreement",
             "regional security and humanitarian aid", "climate research and student exchanges"]  # fmt: skip
TOPICS_FR = ["la coopération énergétique et le prochain sommet", "le commerce et la recherche",
             "la sécurité régionale et l'aide humanitaire", "le climat et les échanges d'étudiants"]  # fmt: skip
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]  # fmt: skip


def people(count: int = 60, seed: int = 7) -> list[tuple[str, int, int]]:
    """(name, country index, role index) of `count` invented people."""
    chooser = random.Random(seed)
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    chooser.shuffle(names)
    return [(name, chooser.randrange(len(COUNTRIES)), chooser.randrange(len(ROLES_EN))) for name in names[:count]]


def brief(number: int, seed: int = 1) -> tuple[str, str]:
    """(file name, text) of the brief numbered `number`: English or French, one of five kinds of event, dated
    in 2023 or 2024 (one in twelve states no date)."""
    chooser = random.Random(seed * 100_003 + number)
    pool = people()
    host, guest = chooser.sample(pool, 2)
    if COUNTRIES[host[1]] == COUNTRIES[guest[1]]:
        guest = pool[(pool.index(guest) + 1) % len(pool)]
    day = dt.date(2023, 1, 1) + dt.timedelta(days=chooser.randrange(730))
    dated = number % 12 != 5
    kind = chooser.choice(["meeting", "phone_call", "visit", "statement", "conference"])
    wire = chooser.choice(WIRES)
    if chooser.random() < 0.7:
        return f"brief-{number:05d}.txt", _english(host, guest, day, dated, kind, wire, chooser)
    return f"brief-{number:05d}.txt", _french(host, guest, day, dated, kind, wire, chooser)


def _english(host, guest, day, dated, kind, wire, chooser) -> str:
    (h_name, h_country, h_role), (g_name, g_country, g_role) = host, guest
    h_adj, h_capital = COUNTRIES[h_country][1], COUNTRIES[h_country][2]
    g_adj, g_capital = COUNTRIES[g_country][1], COUNTRIES[g_country][2]
    h_title, g_title = f"{h_adj} {ROLES_EN[h_role]}", f"{g_adj} {ROLES_EN[g_role]}"
    when = f"on {day:%A}" if dated else "recently"
    dateline = f"{h_capital.upper()}, {day:%B} {day.day}, {day.year} ({wire}) -- " if dated else f"({wire}) -- "
    topic = chooser.choice(TOPICS_EN)
    title, lead = {
        "meeting": (f"{h_title} meets {g_title}", f"{h_title} {h_name} met {g_title} {g_name} in {h_capital} {when}"),
        "phone_call": (f"{h_title} holds phone call with {g_title}",
                       f"{h_title} {h_name} held a phone call with {g_title} {g_name} {when}"),
        "visit": (f"{g_title} arrives in {h_capital} for official visit",
                  f"{g_title} {g_name} arrived in {h_capital} {when} for an official visit and met {h_title} {h_name}"),
        "statement": (f"{h_title} issues statement on talks with {g_title}",
                      f"{h_title} {h_name} said in a statement {when} that talks with {g_title} {g_name} went well"),
        "conference": (f"{h_title} and {g_title} address regional conference",
                       f"{h_title} {h_name} and {g_title} {g_name} addressed the regional conference in "
                       f"{h_capital} {when}"),
    }[kind]  # fmt: skip
    surname_h, surname_g = h_name.split()[-1], g_name.split()[-1]
    return (
        f"{title}\n\n{dateline}{lead}, discussing {topic}.\n\n"
        f"{surname_h} said the two countries shared a long tradition of cooperation.\n\n"
        f"{surname_g} invited {surname_h} to visit {g_capital} next year.\n"
    )


def _french(host, guest, day, dated, kind, wire, chooser) -> str:
    (h_name, h_country, h_role), (g_name, g_country, g_role) = host, guest
    h_adj, h_capital = COUNTRIES[h_country][3], COUNTRIES[h_country][4]
    g_adj, g_capital = COUNTRIES[g_country][3], COUNTRIES[g_country][4]
    h_title, g_title = f"{ROLES_FR[h_role]} {h_adj}", f"{ROLES_FR[g_role]} {g_adj}"
    date = f"le {day.day} {MONTHS_FR[day.month - 1]} {day.year}" if dated else "récemment"
    topic = chooser.choice(TOPICS_FR)
    verb = {
        "meeting": f"s'est entretenu à {h_capital} avec le {g_title}, M. {g_name},",
        "phone_call": f"s'est entretenu par téléphone avec le {g_title}, M. {g_name},",
        "visit": f"a reçu à {h_capital} le {g_title}, M. {g_name}, en visite officielle,",
        "statement": f"a déclaré que ses échanges avec le {g_title}, M. {g_name}, avaient été fructueux,",
        "conference": f"a participé avec le {g_title}, M. {g_name}, à la conférence régionale de {h_capital},",
    }[kind]
    surname_h, surname_g = h_name.split()[-1], g_name.split()[-1]
    return (
        f"Le {h_title} s'entretient avec le {g_title}\n\n"
        f"{h_capital}, {date} ({wire}) – Le {h_title}, M. {h_name}, {verb} sur {topic}.\n\n"
        f"M. {surname_h} a salué la qualité des relations entre les deux pays.\n\n"
        f"M. {surname_g} a invité son homologue à se rendre à {g_capital} l'an prochain.\n"
    )


def write_briefs(folder: Path, count: int, seed: int = 1) -> Path:
    """`count` briefs written into `folder` (made if missing); the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        name, text = brief(number, seed)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
