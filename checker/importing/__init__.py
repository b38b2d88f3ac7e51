"""Existing guides and checklists in other formats (Excel, Word) → guidelint documents."""
