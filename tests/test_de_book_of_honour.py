"""German briefs: a guest's entry in a town's Golden Book is a signing, whose signer takes part; an entry in a
guest book after a reception leaves the reception the news.

The briefs are written for these tests (invented people).
"""

import briefparse


def test_the_entry_in_the_golden_book_is_the_news():
    brief = briefparse.parse(
        "Altkanzler trägt sich ins Goldene Buch ein\n\n"
        "Lindau. Vor dem Festakt zum Stadtjubiläum hat sich Altkanzler Paul Winter in das Goldene Buch der Stadt "
        "eingetragen. Die Eintragung erfolgte im Rathaussaal, wo ihn Oberbürgermeisterin Clara Fink empfing.\n"
    )
    assert brief.event_type == "other"
    assert "Paul Winter" in [p.name for p in brief.participants]


def test_a_guest_book_entry_after_a_reception_leaves_the_meeting():
    brief = briefparse.parse(
        "Ministerpräsidentin empfängt Botschafter\n\n"
        "Ministerpräsidentin Clara Fink empfing am Montag, 6. Mai 2024, den Botschafter Norwegens, Erik Dahl, zum "
        "Antrittsbesuch in der Staatskanzlei. Nach dem Gespräch trug sich der Botschafter in das Gästebuch ein.\n"
    )
    assert brief.event_type == "meeting"
