"""Moved to :mod:`vnsumm.inputs.sources`; this name stays for the code that imports it."""
from vnsumm.inputs.sources import *  # noqa: F401,F403
from vnsumm.inputs.sources import __all__  # noqa: F401
