"""The Fact record both extractors produce."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fact"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Fact:
    """One checkable fact found in a text.

    ``kind`` is one of amount, number, percent, ordinal, year, date, month, weekday, time,
    decade, code, name, place. Numbers carry every plausible reading in ``values`` (the first
    is the likeliest), clock times every minute of the day they may mean, decades their first
    year (``unit`` is their length), dates their parts, names their folded (unaccented,
    lower-case) form in ``key``, codes ("H5N1") their folded letter and digit groups.
    """

    kind: str
    text: str
    start: int
    end: int
    values: tuple[float, ...] = ()
    currency: str | None = None  # ISO code: USD, VND, EUR...
    scaled: bool = False
    hedged: bool = False  # "about", "nearly", "hơn"...: rounding allowed
    unit: float = 1.0  # size of the last written digit, scale applied
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 = Monday
    key: str | None = None  # names: folded form; places: canonical English name
    aliases: tuple[str, ...] = field(default=(), repr=False)  # names: folded forms to look for
    gazetteer: bool = False  # a name from the gazetteer (key = its canonical English name)
    counter: str | None = None  # what a number counts: person, year, vehicle... or "label"
    country: str | None = None  # a ministry's country when the brief names it ("US Department of State")

    @property
    def value(self) -> Any:
        """The normalised value, JSON-friendly."""
        if self.kind in ("amount", "number", "percent", "ordinal", "year") and self.values:
            v = self.values[0]
            return int(v) if float(v).is_integer() else v
        if self.kind == "date":
            if self.month is None:
                return f"---{self.day:02d}"  # ISO 8601 for "the 8th" of an unnamed month
            y = f"{self.year:04d}" if self.year else "-"
            return f"{y}-{self.month:02d}-{self.day:02d}"
        if self.kind == "month":
            return f"{self.year:04d}-{self.month:02d}" if self.year else f"--{self.month:02d}"
        if self.kind == "time" and self.values:
            minutes = int(self.values[0])
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        if self.kind == "decade" and self.values:
            return f"{int(self.values[0])}s"
        if self.kind == "code":
            return self.text
        if self.kind == "weekday" and self.weekday is not None:
            return WEEKDAYS[self.weekday]
        return self.key

    def computed_weekday(self) -> int | None:
        """Weekday of a full date (day, month and year known)."""
        if self.kind == "weekday":
            return self.weekday
        if self.kind == "date" and self.year:
            try:
                return _dt.date(self.year, self.month, self.day).weekday()
            except ValueError:
                return None
        return None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "text": self.text, "value": self.value,
                             "start": self.start, "end": self.end}
        if self.currency:
            d["currency"] = self.currency
        if self.kind == "name" and self.key:
            d["unaccented"] = self.key
        return d
