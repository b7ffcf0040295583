"""Location: a place that follows a verb in an earlier tense ("había dicho … en el Senado", "said the two sides had
held talks in Geneva") belongs to an occasion before the one reported: it is not where the event was. An encounter
told in that tense by itself ("s'était entretenu jeudi à Moscou") is the news and keeps its place. Every brief here
is invented for the test; the cities and countries are real, for the gazetteer to know them."""

import briefparse


def test_a_background_sentence_in_the_pluperfect_gives_no_place() -> None:
    text = (
        "El canciller Pablo Ferrán se reunió con el embajador de Noruega, Lars Vinter. Fue un encuentro reservado.\n\n"
        "El embajador Vinter había dicho públicamente en el Parlamento noruego que su prioridad sería "
        "el comercio.\n"
    )
    brief = briefparse.parse(text)
    assert (brief.event_type, brief.location) == ("meeting", None)


def test_talks_a_speaker_reports_of_others_give_no_place_to_his_statement() -> None:
    text = (
        "MINSK, June 3. /TASS/. President Paul Marin has said that his neighbour Jean Valdor had sought contact.\n\n"
        "The president said the two sides had held talks in Geneva, which were attended by Karl Ostrow, an adviser "
        "at the Norland Defence Ministry.\n"
    )
    brief = briefparse.parse(text)
    assert (brief.event_type, brief.location) == ("statement", "MINSK")


def test_an_encounter_told_in_the_pluperfect_keeps_its_place() -> None:
    text = (
        "Le ministre des Affaires étrangères, Jean Valdor, s'était entretenu jeudi à Moscou avec son homologue "
        "russe, Paul Marin, et lui avait remis un message du président.\n"
    )
    assert briefparse.parse(text).location == "Moscou"
