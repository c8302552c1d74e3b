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
from itertools import chain
from pathlib import Path
from typing import Sequence

import numpy as np

MODEL = "l2_supercat_256"
TOKENIZER = "l2_supercat_tokenizer_config.json"
DIMENSIONS = 256
POOL_TEXTS = 1024  # texts of one length summed at once (bounds the running sums: 8 x 1 MB)
STACK_ROWS = 4096  # cached vectors copied into the result at once (each numpy call stays short)
_WORDS_MAX = 500_000  # distinct words whose token ids are kept
_MARK = "\u2581"  # the tokenizer's word mark ("▁"): it stands for each space

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
        config = tokenizer.read_bytes()  # read once: for the tokenizer and for what it does with spaces
        self.tokenizer = Tokenizer.from_buffer(config)
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        # Without character offsets where the installed tokenizers has it (0.20+): a third less work.
        self._encode = getattr(self.tokenizer, "encode_batch_fast", self.tokenizer.encode_batch)
        # The rows as stored (half precision in the shipped file); each is made float32 when a text first
        # uses it (:meth:`rows_ready`): converting all 32,000 at load was a tenth of a second, most of
        # them never used.
        self._stored = load_file(str(weights))["embedding.weight"]
        if self._stored.dtype == np.float32:
            self.table = np.ascontiguousarray(self._stored)
            self._ready = np.ones(len(self.table), dtype=bool)
        else:
            self.table = np.empty(self._stored.shape, dtype=np.float32)  # pages only where rows are written
            self._ready = np.zeros(len(self.table), dtype=bool)
        self._rows_lock = threading.Lock()
        self.by_words = _splits_at_spaces(_config(config))
        self._word_ids: dict[str, list[int]] = {}  # word -> its token ids, as it is tokenised after a space

    def rows_ready(self, ids: np.ndarray) -> None:
        """Make the table's rows ``ids`` (valid row numbers) float32, as a whole-table conversion would."""
        if self._ready.all():
            return
        wanted = np.unique(ids)
        with self._rows_lock:
            todo = wanted[~self._ready[wanted]]
            if len(todo):
                self.table[todo] = self._stored[todo]  # half to single precision: exact
                self._ready[todo] = True
        self._word_ids: dict[str, list[int]] = {}  # word -> its token ids, as it is tokenised after a space

    def token_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each text's token count and all their token ids, text after text.

        Where the tokenizer never joins pieces across a space (see :func:`_splits_at_spaces`), a
        text's ids are its words' ids one after another: each distinct word is tokenised once
        (titles repeat their words), which gives the ids of tokenising the whole text. Texts the
        rule does not cover (two spaces in a row, a leading or trailing space, the mark itself,
        a special token's "<") are tokenised whole."""
        cache = self._word_ids
        words_of: list[list[str] | None] = []
        whole: list[str] = []
        new: dict[str, None] = {}
        for text in texts:
            words = text.split(" ") if self.by_words and text and _MARK not in text and "<" not in text else None
            if words is None or "" in words:
                words_of.append(None)
                whole.append(text)
                continue
            words_of.append(words)
            for w in words:
                if w not in cache:
                    new[w] = None
        if new:
            if len(cache) + len(new) > _WORDS_MAX:
                cache.clear()
                new = dict.fromkeys(w for words in words_of if words is not None for w in words)
            fresh = list(new)
            for word, encoded in zip(fresh, self._encode(fresh, add_special_tokens=False)):
                cache[word] = encoded.ids
        whole_ids = iter([e.ids for e in self._encode(whole, add_special_tokens=False)] if whole else ())
        per_text = [list(chain.from_iterable(map(cache.__getitem__, words))) if words is not None else next(whole_ids)
                    for words in words_of]
        lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text))
        ids = np.fromiter(chain.from_iterable(per_text), dtype=np.int64, count=int(lengths.sum()))
        return lengths, ids

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (float32, one row per text); an empty text gets a zero row.

        A text's vector is the sum of its token rows (:meth:`token_ids`), added as numpy's
        ``add.reduceat`` adds them: the first row plus the pairwise sum of the others. Texts of one
        length are summed together, a token position at a time (:meth:`_rest`), instead of
        gathering every token row and reducing text by text: the same sums, at half the cost."""
        width = self.table.shape[1]
        out = np.zeros((len(texts), width), dtype=np.float32)
        if not texts:
            return out
        lengths, ids = self.token_ids(texts)
        if not len(ids):
            return out
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        self.rows_ready(ids)
        starts = np.cumsum(lengths) - lengths
        filled = np.flatnonzero(lengths)
        order = filled[np.argsort(lengths[filled], kind="stable")]
        cuts = np.flatnonzero(np.diff(lengths[order])) + 1
        for same in np.split(order, cuts):  # the texts of one length
            length = int(lengths[same[0]])
            for lo in range(0, len(same), POOL_TEXTS):
                which = same[lo:lo + POOL_TEXTS]
                first = starts[which]
                sums = self.table[ids[first]]
                if length > 1:
                    sums += self._rest(ids, first, 1, length - 1)
                out[which] = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
        return out

    def _rest(self, ids: np.ndarray, first: np.ndarray, lo: int, m: int) -> np.ndarray:
        """The token rows ``lo:lo + m`` of texts starting at ``first``, summed in numpy's pairwise
        order (fewer than 8 one after another; up to 128 in 8 running sums; more split in halves)."""
        table = self.table
        if m < 8:
            total = table[ids[first + lo]]
            for k in range(lo + 1, lo + m):
                total += table[ids[first + k]]
            return total
        if m <= 128:
            r = [table[ids[first + lo + j]] for j in range(8)]
            end = m - m % 8
            for i in range(8, end, 8):
                for j in range(8):
                    r[j] += table[ids[first + lo + i + j]]
            total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            for k in range(end, m):
                total += table[ids[first + lo + k]]
            return total
        half = m // 2
        half -= half % 8
        return self._rest(ids, first, lo, half) + self._rest(ids, first, lo + half, m - half)


def _config(text: bytes) -> dict:
    """A tokenizer file's configuration (empty when it is no JSON object)."""
    import orjson

    try:
        config = orjson.loads(text)
    except orjson.JSONDecodeError:
        return {}
    return config if isinstance(config, dict) else {}


def _splits_at_spaces(config: dict) -> bool:
    """Whether this tokenizer's ids of "a b" are always its ids of "a" then of "b": it only marks
    each space (prepends the mark and writes it for every space, nothing else), it has no
    pre-tokenizer, and no token of its vocabulary holds the mark after other characters (a run of
    marks, for runs of spaces, is the only exception), so no merge reaches across a space. Its
    special tokens must begin with "<" (texts holding one are tokenised whole). ``config``: the
    tokenizer file's JSON (parsed with orjson: the tokenizer's own ``to_str`` and ``json`` took
    a seventh of a second)."""
    model = config.get("model") or {}
    normaliser = config.get("normalizer") or {}
    steps = normaliser.get("normalizers", []) if normaliser.get("type") == "Sequence" else [normaliser]
    marks_spaces = steps == [{"type": "Prepend", "prepend": _MARK},
                             {"type": "Replace", "pattern": {"String": " "}, "content": _MARK}]
    vocabulary = model.get("vocab") or {}
    inner = any(_MARK in token[1:] and token.strip(_MARK) for token in vocabulary)
    specials = all(str(t.get("content", "")).startswith("<") for t in config.get("added_tokens", ()))
    return (model.get("type") == "BPE" and not model.get("dropout") and config.get("pre_tokenizer") is None
            and marks_spaces and bool(vocabulary) and not inner and specials)


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
        embedded = model().embed(missing)
        cache.update(zip(missing, embedded))
        if len(missing) == len(texts) and missing == list(texts):
            embedded.flags.writeable = False  # the cache holds these rows: nobody writes into them
            return embedded  # every text new, each once: the rows are the result
    out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
    for lo in range(0, len(texts), STACK_ROWS):  # a slice at a time: no one numpy call runs long
        rows = [cache[t] for t in texts[lo:lo + STACK_ROWS]]
        np.stack(rows, out=out[lo:lo + len(rows)])
    return out


def clear_cache() -> None:
    """Forget the vectors and the words' token ids kept between analyses."""
    _VECTORS.clear()
    if _model is not None:
        _model._word_ids.clear()
