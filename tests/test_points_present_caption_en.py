"""English: a line of its own that tells an encounter in a caption's simple present ("X welcomes Y to his office.")
and no day is a photo's caption; the story's own report after it leads the summary."""

import briefparse


def test_present_tense_caption_gives_way_to_the_story_s_report():
    text = (
        "Envoy meets with Governor\n\n"
        "Governor Lena Marsh welcomes Ambassador Paul Orban to her office.\n"
        "Governor Lena Marsh and Ambassador Paul Orban met on Tuesday (March 4 2025) to discuss trade and tourism.\n\n"
        "The two spoke for an hour about the harbour project and the ferry service.\n"
    )
    brief = briefparse.parse(text)
    assert brief.summary_points[0].startswith("Governor Lena Marsh and Ambassador Paul Orban met on Tuesday")


def test_a_present_tense_line_that_names_its_day_still_leads():
    text = (
        "Envoy calls on Governor\n\n"
        "Governor Lena Marsh receives Ambassador Paul Orban on Tuesday at her office.\n"
        "The two spoke for an hour about the harbour project and the ferry service.\n"
    )
    brief = briefparse.parse(text, reference_date="2025-03-04")
    assert brief.summary_points[0].startswith("Governor Lena Marsh receives Ambassador Paul Orban")
