"""The officer of a consular or diplomatic corps received ("Doyen X", "der Generalsekretär des Konsularkorps, X")
leads it and speaks for it: a party of the reception, like a host's welcomer, wherever the brief names them. A doyen
in a phone call's brief is not there.

Every brief here is invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_doyen_who_leads_the_corps_takes_part() -> None:
    text = (
        "Bürgermeisterin empfängt das Konsularische Korps\n\nMusterstadt - Bürgermeisterin Eva Kern empfing am "
        "Dienstag das Konsularische Korps im Rathaus. Angeführt wurde das Korps von Doyen Paul Dessar, Generalkonsul "
        "von Lurand in Musterstadt."
    )
    assert "Paul Dessar" in _parties(text)


def test_corps_secretary_who_thanks_the_host_takes_part() -> None:
    text = (
        "Empfang für die Konsuln\n\nLandrat Jonas Weidner lud die Konsulinnen und Konsuln am Freitag in das "
        "Landratsamt ein. „Ich freue mich über den Austausch“, sagte Weidner. Der Generalsekretär des Konsularkorps "
        "Nordmark, Dr. Lukas Brenner, bedankte sich im Namen aller Konsuln für die Einladung."
    )
    assert "Lukas Brenner" in _parties(text)


def test_doyen_in_apposition_after_the_role_takes_part() -> None:
    text = (
        "Empfang des Konsularischen Korps\n\nDer lurandische Generalkonsul Henri Mallet, der Doyen des Konsularischen "
        "Korps\n\n„Die Konsulate sind Brückenbauer“, sagte Ministerpräsidentin Clara Vogt bei einem Empfang des "
        "Konsularischen Korps im Neuen Schloss in Musterstadt."
    )
    assert "Henri Mallet" in _parties(text)


def test_a_doyen_is_not_on_a_phone_call() -> None:
    text = (
        "Ministerin telefoniert mit Amtskollegen\n\nAußenministerin Eva Kern hat am Montag mit ihrem lurandischen "
        "Amtskollegen Marc Olier telefoniert. Sie sprachen über den Handel. Im Mai war sie Gast des Doyens des "
        "Diplomatischen Korps, Paul Dessar, in Musterstadt gewesen."
    )
    assert "Paul Dessar" not in _parties(text)


def test_the_corps_name_is_no_officer() -> None:
    text = (
        "Oberbürgermeisterin empfängt neue Generalkonsuln\n\nOberbürgermeisterin Eva Kern hat am Dienstag die neuen "
        "Generalkonsuln im Kaisersaal empfangen. Zudem war der Doyen des Nordmärkischen Consular Corps, Paul Dessar, "
        "Generalkonsul von Lurand, vor Ort, um seine neuen Kollegen willkommen zu heißen."
    )
    assert not any(name and "Corps" in name for name in _parties(text))
