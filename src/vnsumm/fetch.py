"""Moved to :mod:`vnsumm.inputs.fetch`; this name stays for the code that imports it."""
from vnsumm.inputs.fetch import *  # noqa: F401,F403
from vnsumm.inputs.fetch import __all__  # noqa: F401
