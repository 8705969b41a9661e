"""Inputs: everything that turns what a user names into Articles.

==============  ==============================================================================
``formats``     the one table of input formats: article suffixes, dataset formats (suffixes,
                gzip, reader); ids and titles read as written
``decode``      bytes → text (UTF-8, UTF-16, Windows-1258); garbled text refused however it comes
``legacy``      Vietnamese in the VNI and TCVN3 font encodings, recognised by name
``binary``      PDF, Word, ZIP... named by their magic bytes
``html``        a page → its main article
``load``        :class:`Input` and :func:`load_article`: bytes or text → a cleaned Article
``discover``    the article files of folders
``datasets``    the rows of a dataset file, one :class:`RowInput` each
``fetch``       http(s) pages, with a deadline
``sources``     the command line's paths, ``-``, URLs and datasets → inputs
``reader``      :func:`vnsumm.read`
==============  ==============================================================================
"""
from __future__ import annotations

from vnsumm.inputs.decode import decode_bytes, refuse_garbled
from vnsumm.inputs.discover import collect_inputs
from vnsumm.inputs.formats import ARTICLE_SUFFIXES, DATASET_FORMATS, INPUT_FORMATS, dataset_format, is_dataset
from vnsumm.inputs.html import html_to_text, is_html
from vnsumm.inputs.load import (MAX_INPUT_BYTES, MIN_WORDS, CleaningTooSlow, Input, TextInput, cleaning_budget,
                                content_hash, load_article, read_article, read_bytes, require_words, text_input,
                                time_limit)

INPUT_SUFFIXES = ARTICLE_SUFFIXES  # the name callers know

__all__ = [
    "MAX_INPUT_BYTES", "INPUT_SUFFIXES", "ARTICLE_SUFFIXES", "DATASET_FORMATS", "INPUT_FORMATS", "MIN_WORDS",
    "CleaningTooSlow", "Input", "collect_inputs", "read_bytes", "decode_bytes", "refuse_garbled", "is_html",
    "html_to_text", "load_article", "read_article", "require_words", "content_hash", "cleaning_budget",
    "time_limit", "dataset_format", "is_dataset", "TextInput", "text_input",
]
