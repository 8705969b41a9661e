"""Moved to :mod:`vnsumm.inputs.datasets` (the formats to :mod:`vnsumm.inputs.formats`); this name stays
for the code that imports it."""
from vnsumm.inputs.datasets import *  # noqa: F401,F403
from vnsumm.inputs.datasets import __all__  # noqa: F401
from vnsumm.inputs.formats import INPUT_FORMATS, is_dataset  # noqa: F401
