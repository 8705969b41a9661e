"""Moved to :mod:`vnsumm.inputs.binary` (magic bytes) and :mod:`vnsumm.inputs.formats` (the table of input
formats); this name stays for the code that imports it."""
from vnsumm.inputs.binary import *  # noqa: F401,F403
from vnsumm.inputs.binary import __all__  # noqa: F401
