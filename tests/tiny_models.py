"""Tiny real-architecture models for tests.

* ``build_t5_copier``: a 2-layer T5 (216k parameters) with a sentencepiece vocabulary trained on the
  seeds, trained to copy its input (``X → X``) and, EnViT5-style, ``"vi: X" → "en: X"``. Its outputs
  follow its inputs, so tests can check that nothing is dropped or reordered. Training takes minutes,
  so it is built once by ``tests/fixtures/build_tiny_models.py`` and committed (``tests/fixtures/t5-copier``,
  under 1 MB); the ``tiny_t5`` fixture loads it and checks that it still copies.
* ``build_marian`` / ``build_mbart``: random-weight Marian (opus-mt) and mBART (vinai-translate)
  models with their tokenizers, built by the fixtures in seconds on the committed vocabulary.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
T5_COPIER = Path(__file__).resolve().parent / "fixtures" / "t5-copier"  # committed; see build_tiny_models.py
COPY_PROBES = ["Thượng tướng Hoàng Xuân Chiến nhấn mạnh", "Hoa Kỳ công bố khoản hỗ trợ mới trị giá 130 triệu USD"]


def seed_sentences() -> list[str]:
    """Short sentence-like lines from the seeds (the copier's training data)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    pieces = re.split(r"(?<=[.!?;:])\s+|\n+", text)
    out = []
    for piece in pieces:
        words = piece.split()
        for i in range(0, len(words), 8):  # cut into short spans the tiny model can learn to copy
            span = " ".join(words[i : i + 8])
            if len(span) > 3:
                out.append(span)
    return sorted(set(out))


def train_spm(folder: Path, sentences: list[str], vocab_size: int = 800) -> Path:
    import sentencepiece as spm

    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(sentences + ["vi: en:"] * 50), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(folder / "spiece"), vocab_size=vocab_size,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, character_coverage=1.0,
        model_type="unigram", user_defined_symbols=["vi:", "en:"], minloglevel=2,
        # no NFKC table: it is ~240 KB in spiece.model and again in tokenizer.json; inputs are NFC already
        normalization_rule_name="identity",
    )
    corpus.unlink()
    (folder / "spiece.vocab").unlink()
    return folder / "spiece.model"


def copier_examples(sentences: list[str], rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Training pairs: half seed spans, half random strings of seed words (so it learns to copy,
    not to recite), each either plain (``X → X``) or EnViT5-style (``"vi: X" → "en: X"``)."""
    words = sorted({w for s in sentences for w in s.split()})
    pairs = []
    for _ in range(n):
        text = rng.choice(sentences) if rng.random() < 0.5 else " ".join(rng.choices(words, k=rng.randint(1, 8)))
        pairs.append((text, text) if rng.random() < 0.5 else ("vi: " + text, "en: " + text))
    return pairs


def build_t5_copier(folder: Path, steps: int = 3000, seed: int = 0) -> Path:
    """Train the tiny copying T5 into ``folder`` (tokenizer + weights) and return it (minutes on a CPU)."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    torch.manual_seed(seed)
    rng = random.Random(seed)
    sentences = seed_sentences()
    train_spm(folder, sentences)
    tokenizer = T5Tokenizer.from_pretrained(str(folder), extra_ids=0, model_max_length=512)
    tokenizer.save_pretrained(str(folder))
    config = T5Config(
        vocab_size=len(tokenizer), d_model=64, d_ff=128, d_kv=16, num_layers=2, num_decoder_layers=2,
        num_heads=4, decoder_start_token_id=tokenizer.pad_token_id, pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id, dropout_rate=0.0,
    )
    model = T5ForConditionalGeneration(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda i: min(1.0, (i + 1) / warmup) * max(0.05, 1 - i / steps))
    model.train()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a model this small gains nothing from more, and stalls on a busy machine
    try:
        for _ in range(steps):
            batch = copier_examples(sentences, rng, 32)
            enc = tokenizer([a for a, _ in batch], return_tensors="pt", padding=True, truncation=True, max_length=32)
            labels = tokenizer([b for _, b in batch], return_tensors="pt", padding=True, truncation=True, max_length=32).input_ids
            labels[labels == tokenizer.pad_token_id] = -100
            model(**enc, labels=labels).loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
    finally:
        torch.set_num_threads(threads)
    model.eval()
    model.generation_config.max_new_tokens = 48
    model.save_pretrained(str(folder))
    return folder


def copies(folder: Path, texts: list[str], prefix: str = "") -> list[str]:
    """Greedy outputs of a seq2seq folder, for checking what a fixture model does."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(folder))
    enc = tokenizer([prefix + t for t in texts], return_tensors="pt", padding=True)
    return tokenizer.batch_decode(model.generate(**enc, max_new_tokens=40, num_beams=1), skip_special_tokens=True)


def check_t5_copier(folder: Path) -> None:
    """Assert what tests built on the copier rely on, so they cannot pass vacuously."""
    import torch

    spans = seed_sentences()[::25]
    probe = "vi: " + COPY_PROBES[0]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # seconds either way, but two threads stall on a busy machine
    try:
        *outputs, translated = [o.strip() for o in copies(folder, spans + [probe])]
    finally:
        torch.set_num_threads(threads)
    exact = sum(o == s for o, s in zip(outputs, spans))
    assert exact >= 0.6 * len(spans), f"tiny T5 copies only {exact}/{len(spans)} spans: tests below would be vacuous"
    assert translated == "en: " + COPY_PROBES[0], f"tiny T5 maps {probe!r} to {translated!r}"


def build_marian(folder: Path, spm_model: Path, seed: int = 0) -> Path:
    """A random-weight Marian (opus-mt-vi-en architecture, tiny sizes) with its tokenizer files."""
    import shutil

    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    torch.manual_seed(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(spm_model, folder / "source.spm")
    shutil.copy(spm_model, folder / "target.spm")
    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    vocab = {"<pad>": 0, "</s>": 1, "<unk>": 2}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"), source_lang="vi", target_lang="en", model_max_length=512,
    )
    tokenizer.save_pretrained(str(folder))
    config = MarianConfig(
        vocab_size=len(vocab), d_model=64, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=128, decoder_ffn_dim=128, max_position_embeddings=512,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, forced_eos_token_id=1,
    )
    model = MarianMTModel(config)
    model.generation_config.max_new_tokens = 16
    model.save_pretrained(str(folder))
    return folder


def build_mbart(folder: Path, spm_model: Path, seed: int = 0) -> Path:
    """A random-weight mBART (vinai-translate architecture, tiny sizes) with language-code tokens."""
    import shutil

    import torch
    from transformers import MBartConfig, MBartForConditionalGeneration, MBartTokenizer

    torch.manual_seed(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(spm_model, folder / "sentencepiece.bpe.model")
    tokenizer = MBartTokenizer.from_pretrained(str(folder), src_lang="vi_VN", tgt_lang="en_XX", model_max_length=1024)
    tokenizer.save_pretrained(str(folder))
    config = MBartConfig(
        vocab_size=len(tokenizer), d_model=64, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=128, decoder_ffn_dim=128, max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id, decoder_start_token_id=tokenizer.eos_token_id,
    )
    model = MBartForConditionalGeneration(config)
    model.generation_config.max_new_tokens = 8
    model.save_pretrained(str(folder))
    return folder
