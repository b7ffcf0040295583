"""Three constructions of French briefs that hide a participant:

- a mention cue ("au nom de") inside the title a name holds, its object closed by a comma ("le ministre des Affaires
  étrangères, au nom du gouvernement, M. X"): X holds the title and takes part; "au nom du président, M. X" keeps X
  a mention (the president in whose name another acts);
- a title that opens on an office and adds a spokesperson's ("le ministre de la Communication, porte-parole du
  gouvernement, M. X") in a sentence that reports no speech: a minister of the delegation, who takes part;
- an opening sentence whose event has a pronoun for subject after an opening clause ("Avant de présider le
  conseil, il a reçu …"): the subject is the person the sentence before names;
- one of a group the opening event counts ("avec les ambassadeurs de A et de B") who opens a later sentence behind
  an elided article ("L’ambassadeur de B M. X a indiqué …"), or whose career an apposition recalls after the name
  ("…, X, diplomate depuis 20 ans, ayant déjà exercé …"): X takes part;
- an event sentence whose only word of another occasion is in a relative clause on the career of one it names
  ("… des ambassadeurs du Pérou, X, 59 ans, qui a déjà exercé …"): it reports the event, and X takes part.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def _people(text: str) -> tuple[list[str | None], list[str | None]]:
    record = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return [p.name for p in record.participants], [p.name for p in record.people_mentioned]


def test_a_cue_inside_the_holders_own_title_governs_nothing_past_its_comma():
    text = (
        "Le ministre valdorien de l'Industrie, M. Paul Marin, en visite de travail à Norville, s'est entretenu lundi "
        "avec son homologue norlandais, M. Olaf Brenner, et avec le ministre des Finances et du Budget, au nom du "
        "gouvernement, M. Jean Holtz. Les entretiens ont porté sur la coopération industrielle."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner", "Jean Holtz"} <= set(participants)


def test_a_name_after_a_cue_that_names_an_office_stays_a_mention():
    text = (
        "Le ministre valdorien de l'Industrie, M. Paul Marin, a reçu lundi à Norville une délégation norlandaise "
        "conduite par M. Olaf Brenner, venue au nom du président, M. Jean Holtz. Les entretiens ont porté sur "
        "la coopération industrielle."
    )
    participants, _ = _people(text)
    assert "Jean Holtz" not in participants


def test_a_minister_who_is_also_spokesperson_takes_part_in_the_talks_listed():
    text = (
        "Le ministre valdorien de l'Industrie, M. Paul Marin, en visite de travail à Norville, s'est entretenu lundi "
        "avec son homologue norlandais, M. Olaf Brenner, et avec le ministre de la Communication, porte-parole du "
        "gouvernement, M. Jean Holtz. Les entretiens ont porté sur la coopération industrielle."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner", "Jean Holtz"} <= set(participants)


def test_the_pronoun_subject_after_an_opening_clause_is_the_one_named_before():
    text = (
        "Après deux semaines de repos, le chef de l'Etat valdorien a repris ses activités. Pour cette rentrée lundi, "
        "le président de la République, M. Paul Marin, n'a pas chômé. Avant de présider le Conseil des ministres, "
        "il a reçu en audience, au palais présidentiel, le directeur de la Banque régionale, M. Olaf Brenner, en "
        "visite de travail à Norville."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner"} <= set(participants)


def test_one_of_the_group_the_event_counts_is_found_behind_an_elided_article():
    text = (
        "Le ministre valdorien des Affaires étrangères, M. Paul Marin, a eu hier une série d'entretiens à Norville "
        "avec les ambassadeurs de Norlande et d'Ostrie. L’ambassadeur d'Ostrie M. Olaf Brenner a indiqué à la presse "
        "que l'invitation de son pays tient toujours. Mme Ida Holm, ambassadrice de Norlande, a évoqué l'état des "
        "relations bilatérales."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner"} <= set(participants)


def test_one_of_the_group_whose_career_the_sentence_recalls_after_the_name_takes_part():
    text = (
        "Luanville - Trois nouveaux ambassadeurs ont présenté mercredi leurs lettres de créance au président "
        "valdorien, Paul Marin. L'ambassadeur de Norlande, Olaf Brenner, diplomate depuis 20 ans, ayant déjà exercé "
        "ces fonctions en Ostrie, a également été accrédité ce mercredi par Paul Marin."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner"} <= set(participants)


def test_one_of_the_group_named_at_an_occasion_gone_by_stays_out():
    text = (
        "Luanville - Trois nouveaux ambassadeurs ont présenté mercredi leurs lettres de créance au président "
        "valdorien, Paul Marin. Lors de sa précédente mission, l'ambassadeur Olaf Brenner avait servi en Ostrie."
    )
    participants, _ = _people(text)
    assert "Olaf Brenner" not in participants


def test_an_event_sentence_that_recalls_a_named_envoys_career_still_reports_the_event():
    text = (
        "Norville - Cinq nouveaux ambassadeurs ont présenté aujourd'hui (mercredi), à Norville, leurs lettres de "
        "créance au chef de l'Etat valdorien, Paul Marin.\n"
        "Dans la salle d'honneur du palais, le président Paul Marin a reçu les lettres de créance des ambassadeurs "
        "du Pérou, Olaf Brenner, 59 ans, qui a déjà exercé les mêmes fonctions en France et réside à Lima.\n"
        "Les lettres de créance sont remises personnellement par l'ambassadeur au chef de l'Etat."
    )
    participants, _ = _people(text)
    assert {"Paul Marin", "Olaf Brenner"} <= set(participants)
