"""A list printed one country a line after a colon ("Malí: X Y", "Chile, X Y") names the parties of the event
before it; a heading between two groups of such lines goes on with the list; each name holds the heading's plural
role in the singular, with the line's country when the heading ends on the link that wants it."""

import briefparse


def _parties(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants if p.name}


def test_country_colon_lines_under_a_credentials_ceremony() -> None:
    text = (
        "El presidente recibió las cartas credenciales de nuevos embajadores\n\n"
        "El presidente Tomás Ferrer recibió este lunes 3 de marzo de 2025 las cartas credenciales de cuatro nuevos "
        "embajadores en una ceremonia en la Casa de Gobierno.\n"
        "En el lugar estaban los embajadores de:\n"
        "Malí: Amadou Kervelo\n"
        "Namibia: Petrus Handova\n"
        "Filipinas: Ramón Alcaraz Dito\n"
        "Nepal: Sunil Bardan\n"
        "El mandatario conversó unos minutos con cada uno de ellos.\n"
    )
    parties = _parties(text)
    assert {"Amadou Kervelo", "Petrus Handova", "Ramón Alcaraz Dito", "Sunil Bardan"} <= set(parties)
    assert parties["Petrus Handova"] == "embajador de Namibia"


def test_country_comma_lines_in_groups_under_their_headings() -> None:
    text = (
        "Presidentes reunidos en la cumbre regional de Lima\n\n"
        "Los jefes de Estado participaron este martes 4 de marzo de 2025 en la cumbre regional celebrada en Lima.\n"
        "Los mandatarios presentes fueron:\n"
        "Chile, Andrés Corvalán Rubio\n"
        "Ecuador, Marcos Ibarra Leiva\n"
        "Los siguientes vicepresidentes representaron a sus países:\n"
        "Argentina, Lucía Benavente\n"
        "Uruguay, Pablo Sorín\n"
        "La cumbre tuvo como lema la juventud.\n"
    )
    parties = _parties(text)
    assert {"Andrés Corvalán Rubio", "Marcos Ibarra Leiva", "Lucía Benavente", "Pablo Sorín"} <= set(parties)
    assert parties["Marcos Ibarra Leiva"] == "mandatario"
    assert parties["Pablo Sorín"] == "vicepresidente"


def test_a_line_led_by_no_country_opens_no_item() -> None:
    text = (
        "El presidente recibió a los nuevos embajadores\n\n"
        "El presidente Tomás Ferrer recibió este lunes 3 de marzo de 2025 las cartas credenciales de los nuevos "
        "embajadores en la Casa de Gobierno.\n"
        "Lo dijo después:\n"
        "Mañana, Ramón Alcaraz Dito presentará su libro en la feria.\n"
    )
    assert "Ramón Alcaraz Dito" not in _parties(text)


def test_list_lines_rank_below_their_heading() -> None:
    countries = ("Chile", "Ecuador", "Perú", "Argentina", "Uruguay", "Paraguay", "Bolivia", "Panamá", "Cuba", "México")
    names = ("Andrés Corvalán", "Marcos Ibarra", "Tomás Ferrer", "Lucía Benavente", "Pablo Sorín", "Elena Varga",
             "Jorge Salinas", "Rosa Quintero", "Luis Arredondo", "Ana Villalba")
    lines = "".join(f"{country}, {name}\n" for country, name in zip(countries, names, strict=True))
    text = (
        "Presidentes reunidos en la cumbre regional de Lima\n\n"
        "Los jefes de Estado participaron este martes 4 de marzo de 2025 en la cumbre regional celebrada en Lima.\n"
        f"Los mandatarios presentes fueron:\n{lines}"
        "Está por confirmar la asistencia de Nicaragua, Guatemala y Venezuela.\n"
    )
    points = [p if isinstance(p, str) else p.text for p in briefparse.parse(text).summary_points]
    # a line too short to report anything earns nothing for the names it holds: no item outranks its heading
    heading = points.index("Los mandatarios presentes fueron:")
    assert all(heading < i for i, p in enumerate(points) if p.startswith(countries))
