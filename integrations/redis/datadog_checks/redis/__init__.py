from .__about__ import __version__
from .check import RedisCheck

__all__ = ['__version__', 'RedisCheck']
