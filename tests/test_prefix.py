"""Splitting a batch at the chat header the rows share (no model needed)."""

from __future__ import annotations

from playground.features.divergence import first_divergence
from playground.local.prefix import chat_header, split_batch

PAD = 0


def test_rows_are_laid_out_header_padding_suffix():
    header = [1, 2, 3, 4]
    encoded = [header + [7], header + [8, 9, 10]]
    split = split_batch(encoded, [header, header], ["alpha", "alpha"], PAD)
    assert split.ids.tolist() == [[1, 2, 3, 4, PAD, PAD, 7], [1, 2, 3, 4, 8, 9, 10]]
    assert split.mask.tolist() == [[1, 1, 1, 1, 0, 0, 1], [1] * 7]
    assert split.leaders == [0] and split.group_of == [0, 0]
    positions = (split.mask.cumsum(-1) - 1).tolist()
    assert positions[0][-1] == 4 and positions[1][-1] == 6  # each row's own positions, as alone


def test_rows_with_the_same_variant_and_strength_share_a_header_prefill():
    header = [1, 2, 3, 4]
    encoded = [header + [5]] * 5
    keys = [("base", 1.0), ("alpha", 1.0), ("base", 1.0), ("alpha", 0.5), ("alpha", 1.0)]
    split = split_batch(encoded, [header] * 5, keys, PAD)
    assert split.leaders == [0, 1, 3] and split.group_of == [0, 1, 0, 2, 1]


def test_no_split_without_one_shared_header():
    header = [1, 2, 3, 4]
    assert split_batch([header + [5], [1, 2, 9, 4, 5]], [header, [1, 2, 9, 4]], ["a", "a"], PAD) is None
    assert split_batch([header + [5], header], [header, header], ["a", "a"], PAD) is None  # nothing after it
    assert split_batch([[1, 2, 5]] * 2, [[1, 2]] * 2, ["a", "a"], PAD) is None  # too short to be worth a pass


def test_no_split_when_every_row_is_another_variant():
    header = [1, 2, 3, 4]
    assert split_batch([header + [5], header + [6]], [header, header], ["base", "alpha"], PAD) is None
    assert split_batch([header + [5]], [header], ["base"], PAD) is None  # a row alone: one pass, as generate()


def test_chat_header_stops_where_the_user_text_starts():
    def encode(messages):
        text = "".join(f"<{m['role']}>{m['content']}" for m in messages)
        return [ord(c) for c in text]
    header = chat_header(encode, [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    assert "".join(map(chr, header)) == "<system>Be brief.<user>"
    assert first_divergence([1, 2, 3], [1, 2, 4, 5]) == 2  # the header's length for two such encodings
