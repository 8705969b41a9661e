import numpy as np

from vnsumm.summarize.features import FEATURE_NAMES, featurize, near_duplicate, overlap, syllables

SENTENCES = [
    "Hà Nội hôm nay trời nắng đẹp.",
    "Thành phố Hà Nội khai trương tuyến tàu điện mới nối Hà Nội với Hà Đông.",
    "Tuyến tàu điện mới chở hơn 20.000 hành khách trong ngày đầu.",
    "\"Tôi rất vui\", một hành khách nói:",
]
TITLE = "Hà Nội khai trương tuyến tàu điện mới"


def col(x, name):
    return x[:, FEATURE_NAMES.index(name)]


def test_syllables_match_the_rouge_tokenizer():
    from vnsumm.evaluate.rouge import UnicodeTokenizer

    text = "Hoà Bình, VIỆT NAM: 20.000 người_dân!"
    assert syllables(text) == UnicodeTokenizer().tokenize(text) == ["hòa", "bình", "việt", "nam", "20", "000", "người", "dân"]


def test_one_row_per_sentence_with_every_named_column():
    x = featurize(TITLE, SENTENCES)
    assert x.shape == (4, len(FEATURE_NAMES)) and np.isfinite(x).all()
    assert list(col(x, "is_first")) == [1, 0, 0, 0] and list(col(x, "inverse_position")) == [1, 1 / 2, 1 / 3, 1 / 4]
    assert featurize(TITLE, []).shape == (0, len(FEATURE_NAMES))


def test_title_overlap_and_centrality_point_at_the_story_sentence():
    x = featurize(TITLE, SENTENCES)
    assert np.argmax(col(x, "title_recall")) == 1 and col(x, "title_recall")[1] == 1.0
    assert np.argmax(col(x, "title_bigram_recall")) == 1
    assert np.argmax(col(x, "centrality")) in (1, 2) and col(x, "centrality_rank")[0] > 0
    assert col(x, "digits")[2] > 0 and col(x, "has_quote")[3] == 1 and col(x, "ends_with_colon_or_question")[3] == 1


def test_no_title_means_zero_title_features():
    x = featurize(None, SENTENCES)
    for name in ("title_recall", "title_precision", "title_bigram_recall", "has_title"):
        assert not col(x, name).any()
    assert col(featurize(TITLE, SENTENCES), "has_title").all()


def test_near_duplicate_is_containment_of_the_shorter_sentence():
    a, b = set(syllables(SENTENCES[1])), set(syllables("Hà Nội khai trương tuyến tàu điện mới."))
    assert overlap(a, b) == 1.0 and near_duplicate(a, b, 0.7)
    assert not near_duplicate(a, set(syllables(SENTENCES[2])), 0.7)
    assert overlap(set(), a) == 0.0
