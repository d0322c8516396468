from .__about__ import __version__
from .check import NginxCheck

__all__ = ['__version__', 'NginxCheck']
