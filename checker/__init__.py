"""guidelint: checks 办事指南 and 窗口收件清单 before they cause failed visits."""

__version__ = "0.1.0"
