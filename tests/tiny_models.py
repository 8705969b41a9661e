"""Tiny real-architecture models for tests, built offline in seconds.

* ``build_t5_copier``: a 2-layer T5 with a sentencepiece vocabulary trained on the seeds, trained
  briefly to copy its input (``X → X``) and, EnViT5-style, ``"vi: X" → "en: X"``. Its outputs follow
  its inputs, so tests can check that nothing is dropped or reordered.
* ``build_marian``: a random-weight Marian (opus-mt architecture) with its two-spm tokenizer.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


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
    )
    corpus.unlink()
    return folder / "spiece.model"


def build_t5_copier(folder: Path, steps: int = 1200, seed: int = 0) -> Path:
    """Train the tiny copying T5 into ``folder`` (tokenizer + weights) and return it."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    torch.manual_seed(seed)
    random.seed(seed)
    sentences = seed_sentences()
    train_spm(folder, sentences)
    tokenizer = T5Tokenizer.from_pretrained(str(folder), extra_ids=0, model_max_length=512)
    tokenizer.save_pretrained(str(folder))
    config = T5Config(
        vocab_size=len(tokenizer), d_model=128, d_ff=256, d_kv=32, num_layers=2, num_decoder_layers=2,
        num_heads=4, decoder_start_token_id=tokenizer.pad_token_id, pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id, dropout_rate=0.0,
    )
    model = T5ForConditionalGeneration(config)
    pairs = [(s, s) for s in sentences] + [("vi: " + s, "en: " + s) for s in sentences]
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)
    model.train()
    torch.set_num_threads(max(1, torch.get_num_threads()))
    for _ in range(steps):
        batch = random.sample(pairs, 32)
        enc = tokenizer([a for a, _ in batch], return_tensors="pt", padding=True, truncation=True, max_length=32)
        labels = tokenizer([b for _, b in batch], return_tensors="pt", padding=True, truncation=True, max_length=32).input_ids
        labels[labels == tokenizer.pad_token_id] = -100
        loss = model(**enc, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    model.generation_config.max_new_tokens = 48
    model.save_pretrained(str(folder))
    return folder


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
