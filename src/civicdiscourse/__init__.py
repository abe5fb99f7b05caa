"""civicdiscourse: how Persian municipal news talks about civic participation and urban development."""

__version__ = "0.1.0"
