"""The one table of input formats: article files, and datasets (suffixes, gzip, the reader of each).

Discovery, ``--ray``, ``vnsumm eval``'s data, the help texts and the error messages all read
this table. A dataset file's name says its format (``news.jsonl``, ``news.csv.gz``); gzip is
recognised by its magic bytes, so gzipped data on standard input is read too.

Typing rule: the columns that name a row (its id and its title) are read as strings exactly as
written, never inferred: CSV ids ``007`` and ``7`` stay apart, ``1e3`` stays ``1e3``, a 20-digit
JSON number keeps its digits, a timestamp keeps its zone. CSV cells are all strings (CSV has no
types); JSON numbers in other columns are numbers; Parquet columns keep the types they were
written with, the id and title columns cast to strings.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from vnsumm.errors import InputError
from vnsumm.messages import shown

__all__ = [
    "ARTICLE_SUFFIXES", "GZIP_SUFFIX", "PROBLEM", "DatasetFormat", "DATASET_FORMATS", "INPUT_FORMATS",
    "dataset_format", "is_dataset", "dataset_kinds", "read_dataset",
]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")  # one article a file
GZIP_SUFFIX = ".gz"  # any dataset suffix may be followed by it
PROBLEM = "\x00problem"  # a key no dataset has: the row could not be read, and why
_GZIP_MAGIC = b"\x1f\x8b"
_CSV_FIELD_LIMIT = 2**31 - 1  # the csv module's default (128 KiB) is shorter than some articles

Row = dict[str, Any]
Reader = Callable[[bytes, str, frozenset[str]], list[Row]]


class _IntToken(str):
    """A JSON integer as written."""


class _FloatToken(str):
    """A JSON number with a fraction or exponent (or NaN/Infinity) as written."""


def _number(value: Any) -> Any:
    """JSON values with their numbers as Python numbers (the tokens turned back)."""
    if isinstance(value, _IntToken):
        return int(value)
    if isinstance(value, _FloatToken):
        return float(value)
    if isinstance(value, dict):
        return {k: _number(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_number(v) for v in value]
    return value


def _as_written(value: Any) -> str | None:
    """A JSON value of an id or title column as a string, exactly as the file writes it."""
    if value is None or isinstance(value, str) and not isinstance(value, (_IntToken, _FloatToken)):
        return value
    if isinstance(value, str):  # a number token: its text
        return str(value)
    return json.dumps(_number(value), ensure_ascii=False)


def _json_row(value: Any, strings: frozenset[str]) -> Row:
    return {k: _as_written(v) if k in strings else _number(v) for k, v in value.items()}


def _loads(text: str) -> Any:
    return json.loads(text, parse_int=_IntToken, parse_float=_FloatToken, parse_constant=_FloatToken)


def _kind(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def _text_of(data: bytes, name: str, fmt: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: a {fmt} dataset must be UTF-8 text (not UTF-8 at byte {exc.start})") from None


def read_jsonl(data: bytes, name: str, strings: frozenset[str]) -> list[Row]:
    """JSON Lines; a line that is not a JSON object becomes a row carrying its problem (it fails alone)."""
    rows: list[Row] = []
    for n, raw in enumerate(data.removeprefix(codecs.BOM_UTF8).split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            value = _loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            rows.append({PROBLEM: f"line {n} is not UTF-8 text (at byte {exc.start} of the line)"})
            continue
        except json.JSONDecodeError as exc:
            rows.append({PROBLEM: f"line {n} is not valid JSON ({exc.msg})"})
            continue
        if isinstance(value, dict):
            rows.append(_json_row(value, strings))
        else:
            kind = "list" if isinstance(value, list) else _kind(value)
            rows.append({PROBLEM: f"line {n} is a JSON {kind}, not an object"})
    return rows


def read_json(data: bytes, name: str, strings: frozenset[str]) -> list[Row]:
    """A JSON document: an object (one row) or an array of objects; anything else is refused."""
    text = _text_of(data, name, "JSON")
    if not text.strip():
        return []
    try:
        value = _loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    items = value if isinstance(value, list) else [value]
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            where = f"item {n} of the array is" if isinstance(value, list) else "it is"
            raise InputError(f"{name}: a .json dataset is an object or an array of objects; {where} a JSON "
                             f"{_kind(_number(item))}")
    return [_json_row(item, strings) for item in items]


def read_csv(data: bytes, name: str, strings: frozenset[str]) -> list[Row]:  # noqa: ARG001 - all strings
    """CSV with a header line: every cell a string as written (an empty cell is "")."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        reader = csv.DictReader(io.StringIO(_text_of(data, name, "CSV"), newline=""))
        return [{k: v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:
        raise InputError(f"{name}: cannot read it as CSV: {exc}") from None


def read_parquet(data: bytes, name: str, strings: frozenset[str]) -> list[Row]:
    """Parquet, with pyarrow: columns keep their types; the id and title columns become strings."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{name}: cannot read it as Parquet: {' '.join(str(exc).split())[:300]}") from None
    for column in strings & set(table.column_names):
        values = table[column]
        try:
            cast = pc.cast(values, pa.string())
        except (pa.ArrowException, NotImplementedError):  # lists, structs: their JSON form
            cast = pa.array([None if v is None else json.dumps(v, ensure_ascii=False, default=str)
                             for v in values.to_pylist()], pa.string())
        table = table.set_column(table.column_names.index(column), column, cast)
    return table.to_pylist()


@dataclass(frozen=True)
class DatasetFormat:
    """A dataset format: its ``--input-format`` name, what people call it, its file suffixes, its reader."""

    name: str
    title: str
    suffixes: tuple[str, ...]
    reader: Reader
    noted_in_folders: bool = True  # a file of it inside a folder gets a line saying it is not expanded

    def read(self, data: bytes, name: str, strings: Iterable[str] = ()) -> list[Row]:
        """The rows in ``data`` (gunzipped first when gzipped), the ``strings`` columns read as written."""
        if data.startswith(_GZIP_MAGIC):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"{name}: not a readable gzip file ({exc})") from None
        return self.reader(data, name, frozenset(strings))


DATASET_FORMATS: dict[str, DatasetFormat] = {f.name: f for f in (
    DatasetFormat("jsonl", "JSON Lines", (".jsonl", ".ndjson"), read_jsonl),
    DatasetFormat("json", "JSON", (".json",), read_json, noted_in_folders=False),  # often not articles
    DatasetFormat("csv", "CSV", (".csv",), read_csv),
    DatasetFormat("parquet", "Parquet", (".parquet",), read_parquet),
)}
INPUT_FORMATS = ("auto", "text", *DATASET_FORMATS)  # --input-format's choices


def dataset_format(path: str | Path) -> DatasetFormat | None:
    """The dataset format a file name says (``a.csv``, ``a.csv.gz``), or None for an article file."""
    name = Path(path).name.lower()
    if name.endswith(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
    return next((f for f in DATASET_FORMATS.values() if name.endswith(f.suffixes)), None)


def is_dataset(path: str | Path) -> bool:
    """Whether a file name is a dataset's (its rows are articles), not an article's."""
    return dataset_format(path) is not None


def dataset_kinds() -> str:
    """The dataset suffixes for help texts and errors: ``.jsonl, .ndjson, .json, .csv, .parquet (or .gz of each)``."""
    return f"{', '.join(s for f in DATASET_FORMATS.values() for s in f.suffixes)} (or {GZIP_SUFFIX} of each)"


def read_dataset(source: Path | bytes, fmt: DatasetFormat, name: str, strings: Iterable[str] = ()) -> list[Row]:
    """The rows of a dataset file (or of bytes, for standard input)."""
    if isinstance(source, Path):
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise InputError(f"{shown(name)}: cannot read the file: {exc.strerror or exc}") from None
    return fmt.read(source, name, strings)
