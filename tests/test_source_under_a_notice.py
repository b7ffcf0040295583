"""A page's notice (cookies) above a section label such as "Latest news" does not open the story: the label is
the page's, not a list of other stories, and the story's own source below it is still read.

The brief is invented for the test.
"""

import briefparse


def test_a_section_label_under_a_cookie_notice_leaves_the_source_to_the_story():
    text = (
        "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use "
        "of cookies. Accept\n"
        "Latest news\n\n"
        "Paul Marin and Anna Berg held a telephone conversation\n\n"
        "12.03.2024 | 18:40 |\n\n"
        "Today, a telephone conversation took place between President of Valdoria Paul Marin and President of "
        "Norland Anna Berg.\n\n"
        "The heads of state discussed trade along the Arven river and the opening of a new border crossing, the "
        "Valdorian State News Agency reports. Both leaders agreed to meet in Porta Nova in the spring.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Valdorian State News Agency"
