"""What a title means, as a vector: sentence embeddings from a model shipped in a package.

The model is WordLlama's ``l2_supercat`` (token embeddings distilled from large language
models, 256 dimensions, 16 MB, MIT licence). Its weights and tokenizer are files inside the
``wordllama`` wheel, so nothing is downloaded and the app works offline. A sentence is the
average of its token vectors, normalised: two titles' cosine says how alike they are in
meaning even when they share no word ("Our Lisbon office is open" / "Ribbon-cutting in
Lisbon today").

We read the two files ourselves (``tokenizers`` + ``safetensors``, both wheels of their own)
rather than through ``wordllama.WordLlama.load``: that path imports pydantic, requests and a
hub client, which costs a third of a second and reaches for the network when a file is
missing. The model is loaded on first use, when an analysis runs, and kept.
"""
from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

MODEL = "l2_supercat_256"
TOKENIZER = "l2_supercat_tokenizer_config.json"
DIMENSIONS = 256
CHUNK = 64  # texts pooled at once: their token rows (about 1 MB) stay in cache

_lock = threading.Lock()
_model: "Model | None" = None
_VECTORS: dict[str, np.ndarray] = {}  # text -> unit vector, kept between analyses
_VECTORS_MAX = 300_000


class ModelMissing(RuntimeError):
    """The packaged model could not be found (``pip install wordllama``)."""


class Model:
    def __init__(self, folder: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights = folder / "weights" / f"{MODEL}.safetensors"
        tokenizer = folder / "tokenizers" / TOKENIZER
        for path in (weights, tokenizer):
            if not path.is_file():
                raise ModelMissing(f"the sentence model file {path} is missing; reinstall the 'wordllama' package")
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        # Without character offsets where the installed tokenizers has it (0.20+): a third less work.
        self._encode = getattr(self.tokenizer, "encode_batch_fast", self.tokenizer.encode_batch)
        self.table = np.ascontiguousarray(load_file(str(weights))["embedding.weight"], dtype=np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (float32, one row per text); an empty text gets a zero row.

        The texts are tokenised in one batch; their token ids make one ragged array, and each
        text's vector is the sum of its token rows (in token order), pooled a slice of texts at a
        time into one reused buffer, so the rows being summed stay in cache."""
        width = self.table.shape[1]
        out = np.zeros((len(texts), width), dtype=np.float32)
        if not texts:
            return out
        encoded = self._encode(list(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encoded), dtype=np.int64, count=len(encoded))
        ids = np.fromiter((i for e in encoded for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        del encoded
        if not len(ids):
            return out
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        buffer = np.empty((0, width), dtype=np.float32)
        for lo in range(0, len(texts), CHUNK):
            hi = min(lo + CHUNK, len(texts))
            filled = np.flatnonzero(lengths[lo:hi] > 0) + lo
            if not len(filled):
                continue
            first, last = int(starts[lo]), int(ends[hi - 1])
            if len(buffer) < last - first:
                buffer = np.empty((last - first, width), dtype=np.float32)
            rows = buffer[:last - first]
            np.take(self.table, ids[first:last], axis=0, out=rows)
            sums = np.add.reduceat(rows, starts[filled] - first, axis=0)
            out[filled] = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
        return out


def package_folder() -> Path:
    """The installed ``wordllama`` package's folder, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is not None and spec.origin:
        return Path(spec.origin).parent
    # a bundled app carries the package's data files only (its code is never imported): look on the path
    for entry in [getattr(sys, "_MEIPASS", None), *sys.path]:
        if entry and (Path(entry) / "wordllama").is_dir():
            return Path(entry) / "wordllama"
    raise ModelMissing("the sentence model package 'wordllama' is not installed (pip install wordllama)")


def model() -> Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = Model(package_folder())
    return _model


def vectors(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors for ``texts`` (cached by text: a series' title is embedded once)."""
    cache = _VECTORS
    missing = list(dict.fromkeys(t for t in texts if t not in cache))
    if missing:
        if len(cache) + len(missing) > _VECTORS_MAX:
            cache.clear()
        for text, vec in zip(missing, model().embed(missing)):
            cache[text] = vec
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.stack([cache[t] for t in texts])


def clear_cache() -> None:
    _VECTORS.clear()
