"""A day a sentence writes after a word of a vote or of its result, no event word between ("suite à son élection
… des élections qui ont eu lieu ce dimanche 7 mai", "the Electoral Commission announced on Monday"), is the vote's:
a message of congratulation that answers it is not dated by it; a day the message's own verb takes still dates it."""

import briefparse


def test_the_day_of_the_election_does_not_date_the_message_fr() -> None:
    text = (
        "Le président Marc Tavernier a adressé un message de félicitations à Monsieur Louis Ferrand, suite à son "
        "élection au deuxième tour des élections présidentielles qui ont eu lieu ce dimanche 7 mai en Valdorie.\n"
        "« Votre brillante élection m'offre l'heureuse opportunité de vous adresser mes vives félicitations », a "
        "écrit le président Tavernier.\n"
    )
    assert briefparse.parse(text, reference_date="2017-05-09").date is None


def test_the_day_the_result_was_announced_does_not_date_the_message_en() -> None:
    text = (
        "President Mark Tallis has sent a congratulatory message to new Valdorian President Louis Ferrand on his "
        "victory in the presidential elections.\n"
        "Tallis wished the people of Valdoria further progress and prosperity.\n"
        "The Valdorian Electoral Commission announced on Monday that Ferrand won 72 percent of the vote.\n"
    )
    assert briefparse.parse(text, reference_date="2019-10-16").date is None


def test_the_day_the_message_was_sent_still_dates_it() -> None:
    text = (
        "Le président Marc Tavernier a adressé mardi un message de félicitations à Louis Ferrand, suite à son "
        "élection à la présidentielle du dimanche 7 mai.\n"
    )
    assert str(briefparse.parse(text, reference_date="2017-05-10").date) == "2017-05-09"
