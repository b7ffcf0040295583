"""A role noun in the genitive before a name is no name's genitive that owns the run after it
(`names._genitive_of_name`): "des österreichischen Außenministers X Y" names X Y, as "Gaucks Lebensgefährtin X Y"
names the companion."""

from briefparse import parse


def test_a_role_in_the_genitive_before_a_name_leaves_the_name_whole():
    text = (
        "Treffen der Außenminister in Salzburg\n\nAußenminister Jan Kowal hat am 27. Juli auf Einladung des "
        "österreichischen Außenministers Lukas Brenner an dem jährlichen Treffen der Außenminister in Salzburg "
        "teilgenommen. Die Minister sprachen über Europa."
    )
    assert "Lukas Brenner" in {p.name for p in parse(text).participants}


def test_a_name_s_genitive_still_owns_the_noun_after_it():
    text = (
        "Staatsbesuch in Wien\n\nBundespräsident Karl Brenner empfing am Montag den Präsidenten Paul Weller in der "
        "Hofburg. Wellers Lebensgefährtin Anna Roth begleitete ihn."
    )
    assert "Anna Roth" in {p.name for p in parse(text).participants}
