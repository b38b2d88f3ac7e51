"""``guidelint server``: the Language Server Protocol on stdio, for editors."""
