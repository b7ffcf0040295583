"""A call told as continuing an earlier one ("Als Fortsetzung des Gesprächs des Präsidenten X und der Kanzlerin Y",
"пониманий, достигнутых в ходе переговоров X с Y", "dans le prolongement de l'appel entre X et Y") is between its
own parties: the pair of the occasion it continues is mentioned (`Language.sequel_phrases`).

Every brief and every person here is invented for the test.
"""

import briefparse

_DE = (
    "Am 4. März 2021 hat der norwegische Außenminister Ivar Dornsen mit dem finnischen Außenminister Petri Lanninen "
    "telefoniert.\n\n"
    "Im Anschluss an das Telefonat des norwegischen Präsidenten Harald Vessum und der finnischen Ministerpräsidentin "
    "Kaija Rantalo, das am 1. März d.J. stattfand, haben die Minister die Lage in der Arktis erörtert.\n"
)
_RU = (
    "Состоялся телефонный разговор министра иностранных дел Норвегии Ивара Дорнсена с министром иностранных дел "
    "Финляндии Петри Ланниненом.\n\n"
    "«Обсуждены шаги в интересах реализации договоренностей, достигнутых в ходе телефонных переговоров президента "
    "Норвегии Х. Вессума с премьер-министром Финляндии К. Ранталой», – сообщили в МИД Норвегии.\n"
)
_FR = (  # the pair continued is told before the one who takes part, in the same sentence
    "Le ministre norvégien des Affaires étrangères Ivar Dornsen a eu jeudi un entretien téléphonique avec son "
    "homologue finlandais Petri Lanninen.\n\n"
    "Dans le prolongement de l'appel téléphonique du 1er mars 2021 entre le président de la République, M. Harald "
    "Vessum, et son homologue finlandaise, Mme Kaija Rantalo, le ministre, M. Petri Lanninen, a reçu ce jour un appel "
    "téléphonique de son homologue norvégien.\n"
)


def _names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_pair_of_the_call_followed_is_mentioned_de():
    names = _names(_DE)
    assert {"Ivar Dornsen", "Petri Lanninen"} <= names
    assert not names & {"Harald Vessum", "Kaija Rantalo"}


def test_pair_of_the_talks_carried_out_is_mentioned_ru():
    names = _names(_RU)
    assert {"Ивар Дорнсен", "Петри Ланнинен"} <= names
    assert not {n for n in names if n and ("Вессум" in n or "Рантал" in n)}


def test_party_named_after_the_pair_continued_takes_part_fr():
    names = _names(_FR)
    assert {"Ivar Dornsen", "Petri Lanninen"} <= names
    assert not names & {"Harald Vessum", "Kaija Rantalo"}
