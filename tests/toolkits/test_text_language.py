"""The language of a file's text, told from its stop words."""

import pytest

from toolkits.text_language import text_language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The guide explains how the members took over their company as a cooperative."),
        ("fr", "Le guide explique comment les membres ont repris leur entreprise en coopérative."),
        ("es", "La guía explica cómo los socios recuperaron su empresa y la hicieron cooperativa."),
        ("pt", "O guia explica como os membros recuperaram a empresa e não a deixaram fechar."),
        (
            "de",
            "Der Leitfaden erklärt, wie die Mitglieder mit dem Gewinn des Jahres umgehen wollten.",
        ),
    ],
)
def test_the_language_of_a_few_sentences_is_told(language, text):
    assert text_language(text) == language


@pytest.mark.parametrize(
    "text", ["", "Read by the worker.", "2024 2025 13,5 % 4 500", "ODT DOCX PDF"]
)
def test_a_text_too_short_or_without_words_has_no_language(text):
    assert text_language(text) is None
