"""Moved to :mod:`vnsumm.inputs.reader`; this name stays for the code that imports it."""
from vnsumm.inputs.reader import *  # noqa: F401,F403
from vnsumm.inputs.reader import __all__  # noqa: F401
